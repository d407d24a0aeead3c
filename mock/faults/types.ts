/**
 * A seeded fault: a bug a real implementation could have, breaking one documented
 * rule. It is data plus hooks around the model; it never rewrites model behaviour
 * beyond the one rule it names.
 */
import type { ApiPath } from '../../lib/apis';
import type { ModelConfig, ModelLimits, ModelRequest, ModelResponse, ModelResult, ModelState } from '../../lib/model/types';

/** What a fault hook may use besides its arguments. */
export interface FaultContext {
  /** The configuration the model runs this request with. */
  readonly config: ModelConfig;
  /** Runs the model itself, for faults best expressed as extra model steps. */
  readonly apply: (state: ModelState, request: ModelRequest) => ModelResult;
}

/** Gateway checks a fault may switch off. */
export interface GatewayOverrides {
  /** Accept any UserSig (70001/70003/70009/70013/70014 never answered). @defaultValue false */
  readonly acceptAnyUserSig?: boolean;
  /** Accept a non-admin identifier (60010 never answered). @defaultValue false */
  readonly acceptNonAdmin?: boolean;
  /** Treat malformed JSON as `{}` (60003 never answered for syntax errors). @defaultValue false */
  readonly malformedJsonAsEmpty?: boolean;
}

/** A model step as a fault sees it after the model ran. */
export interface ModelStep {
  /** The request as the client sent it. */
  readonly request: ModelRequest;
  /** The state before the call (before any fault's `beforeModel`). */
  readonly before: ModelState;
  /** The state the model actually ran on (after `beforeModel`). */
  readonly modelInput: ModelState;
}

/** Hooks of one fault instance. All optional; each may keep side state in its closure. */
export interface FaultHooks {
  readonly gateway?: GatewayOverrides;
  /** Adjust the limits once, at start. */
  limits?(limits: ModelLimits): ModelLimits;
  /** Adjust the configuration for one request. */
  configFor?(config: ModelConfig, request: ModelRequest): ModelConfig;
  /** Rewrite the state or the request before the model. */
  beforeModel?(state: ModelState, request: ModelRequest, context: FaultContext): { state: ModelState; request: ModelRequest };
  /** Rewrite the model's state or response. */
  afterModel?(result: ModelResult, step: ModelStep, context: FaultContext): ModelResult;
  /** Rewrite any answer, gateway errors included. `api` is undefined for unknown paths. */
  answer?(response: ModelResponse, api: ApiPath | undefined): ModelResponse;
  /** The HTTP status of an answer. @defaultValue 200 */
  httpStatus?(response: ModelResponse): number | undefined;
  /** A text/plain body sent instead of the JSON envelope. @defaultValue undefined (the envelope) */
  textBody?(response: ModelResponse): string | undefined;
}

/** A named fault. */
export interface SeededFault {
  /** Fixed name used by `--fault NAME` and `faults: [...]`. */
  readonly name: string;
  /** The rule it breaks: a rule id from lib/rules or the rule as a sentence. */
  readonly breaksRule: string;
  /** What the bug does, one line. */
  readonly description: string;
  /** Fresh hooks with fresh side state (called at start and on reset()). */
  create(): FaultHooks;
}

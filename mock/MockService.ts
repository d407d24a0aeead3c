/**
 * The mock without the transport: gateway checks in the order a request meets them,
 * the model, the seeded faults, and the counters. startMockServer.ts puts it on HTTP;
 * tests may call `handle` directly.
 *
 * Check order (first failure answers): URL → path (60009) → method (60002) → body size
 * (60008) → query (60012/60025) → sdkappid (60025) → UserSig (70001/70003/70009/70013/
 * 70014) → admin (60010) → edition (51013) → per-API rate (60007) → JSON (60003) →
 * injected transient error (50004/50005) → model (under the preset's choices, or the chaos
 * preset's draw for this request). The flaky network (`network`) is played around `handle`
 * by the HTTP layer.
 */
import type { ApiPath } from '../lib/apis';
import { CHOICE_NAMES, CHOICE_POINTS } from '../lib/model/choicePoints';
import { emptyState } from '../lib/model/emptyState';
import type { ModelConfig, ModelResponse, ModelState, UndocumentedChoices } from '../lib/model/types';
import { ChaosChoices } from './ChaosChoices';
import type { FaultHooks } from './faults/types';
import { checkAdmin } from './gateway/checkAdmin';
import { checkEdition } from './gateway/checkEdition';
import { checkMethod } from './gateway/checkMethod';
import { checkPath } from './gateway/checkPath';
import { checkQuery } from './gateway/checkQuery';
import { checkSdkAppId } from './gateway/checkSdkAppId';
import { checkUserSig } from './gateway/checkUserSig';
import { gatewayFail } from './gateway/gatewayFail';
import { parseJsonBody } from './gateway/parseJsonBody';
import { RateLimiter } from './gateway/RateLimiter';
import { TransientInjector } from './gateway/TransientInjector';
import { FlakyNetwork } from './http/FlakyNetwork';
import type { MockStats } from './MockOptions';
import type { MockSettings } from './MockSettings';
import { runModelWithFaults } from './runModelWithFaults';

/** A request as the transport hands it over. */
export interface IncomingCall {
  readonly method: string | undefined;
  /** The request target, e.g. `/v4/recentcontact/mark_contact?sdkappid=…`. */
  readonly url: string | undefined;
  /** The body, or `too-large` when it passed maxBodyBytes and was not read. */
  readonly body: Buffer | 'too-large';
}

/** What to send back. */
export interface Answer {
  readonly status: number;
  readonly envelope: ModelResponse;
  /** Sent as text/plain instead of the envelope (a seeded fault's `textBody`). */
  readonly text?: string;
}

export class MockService {
  private model: ModelState = emptyState();
  private faults: FaultHooks[] = [];
  private readonly config: ModelConfig;
  private readonly limiter: RateLimiter;
  private readonly injector: TransientInjector;
  /** The chaos preset's draws; undefined for a fixed preset or config. */
  private readonly chaos: ChaosChoices | undefined;
  /** The seeded network faults the HTTP layer plays (startMockServer.ts); reset with the rest. */
  readonly network: FlakyNetwork;
  readonly counters: MockStats = { requests: 0, byApi: {}, connections: 0, internalErrors: 0 };

  constructor(private readonly settings: MockSettings) {
    this.faults = settings.faults.map((fault) => fault.create());
    let limits = settings.config.limits;
    for (const fault of this.faults) limits = fault.limits?.(limits) ?? limits;
    this.config = { limits, choices: settings.config.choices };
    this.limiter = new RateLimiter(settings.rateLimit, settings.rateLimitCode);
    this.injector = new TransientInjector(settings.inject, settings.seed);
    this.chaos = settings.chaosSeed === undefined ? undefined : new ChaosChoices(settings.chaosSeed);
    this.network = new FlakyNetwork(settings.flaky);
  }

  state(): ModelState {
    return this.model;
  }

  /** The values of the `fixed` choice points, in registry order: the chaos draw, or the preset's. */
  fixedChoices(): Readonly<Partial<UndocumentedChoices>> {
    if (this.chaos) return this.chaos.fixedChoices();
    const fixed = CHOICE_NAMES.filter((name) => CHOICE_POINTS[name].scope === 'fixed');
    return Object.freeze(Object.fromEntries(fixed.map((name) => [name, this.config.choices[name]])));
  }

  /** Model, fault side state, rate buckets, injection, chaos and network draws back to the start. */
  reset(): void {
    this.model = emptyState();
    this.faults = this.settings.faults.map((fault) => fault.create());
    this.limiter.reset();
    this.injector.reset();
    this.chaos?.reset();
    this.network.reset();
  }

  /** Answers one call. Never throws: an internal failure is answered 50004. */
  handle(call: IncomingCall): Answer {
    this.counters.requests++;
    let api: ApiPath | undefined;
    let envelope: ModelResponse;
    try {
      const routed = this.route(call);
      api = routed.api;
      envelope = routed.envelope;
    } catch {
      this.counters.internalErrors++;
      envelope = gatewayFail(50004, 'internal error in the mock');
    }
    return this.present(envelope, api);
  }

  private route(call: IncomingCall): { api?: ApiPath; envelope: ModelResponse } {
    let url: URL;
    try {
      url = new URL(call.url ?? '', 'http://mock.invalid');
    } catch {
      return { envelope: gatewayFail(60002, 'unparsable request URL') };
    }
    const path = checkPath(url.pathname);
    if (!path.ok) return { envelope: path.response };
    const api = path.value;
    this.counters.byApi[api] = (this.counters.byApi[api] ?? 0) + 1;
    return { api, envelope: this.gateway(api, call, url.searchParams) };
  }

  private gateway(api: ApiPath, call: IncomingCall, params: URLSearchParams): ModelResponse {
    const overrides = Object.assign({}, ...this.faults.map((fault) => fault.gateway ?? {})) as NonNullable<FaultHooks['gateway']>;
    const { settings } = this;
    const nowMs = settings.clock();
    const now = Math.floor(nowMs / 1000);
    const method = checkMethod(call.method);
    if (!method.ok) return method.response;
    // 60008 "HTTP request format error": the documents name no code for an oversized body.
    if (call.body === 'too-large') return gatewayFail(60008, `body larger than ${settings.maxBodyBytes} bytes`);
    const query = checkQuery(params);
    if (!query.ok) return query.response;
    const app = checkSdkAppId(query.value.sdkAppId, settings.sdkAppId);
    if (!app.ok) return app.response;
    if (!overrides.acceptAnyUserSig) {
      const sig = checkUserSig(query.value.userSig, { sdkAppId: settings.sdkAppId, secretKey: settings.secretKey, identifier: query.value.identifier, now });
      if (!sig.ok) return sig.response;
    }
    if (!overrides.acceptNonAdmin) {
      const admin = checkAdmin(query.value.identifier, settings.admin);
      if (!admin.ok) return admin.response;
    }
    const edition = checkEdition(api, settings.edition);
    if (!edition.ok) return edition.response;
    const rate = this.limiter.take(api, nowMs);
    if (!rate.ok) return rate.response;
    const body = parseJsonBody(call.body, { malformedAsEmpty: overrides.malformedJsonAsEmpty ?? false });
    if (!body.ok) return body.response;
    const injected = this.injector.draw();
    if (!injected.ok) return injected.response;
    // Chaos draws only for requests that reach the model, so gateway answers do not shift the sequence.
    const config = this.chaos ? { limits: this.config.limits, choices: this.chaos.nextChoices() } : this.config;
    const result = runModelWithFaults(this.model, { api, body: body.value, now }, config, this.faults);
    this.model = result.state;
    return result.response;
  }

  /** Answer hooks and HTTP status hooks of the faults; 200 otherwise (notes §1.2). */
  private present(envelope: ModelResponse, api: ApiPath | undefined): Answer {
    let answer = envelope;
    let status = 200;
    let text: string | undefined;
    try {
      for (const fault of this.faults) answer = fault.answer?.(answer, api) ?? answer;
      for (const fault of this.faults) status = fault.httpStatus?.(answer) ?? status;
      for (const fault of this.faults) text = fault.textBody?.(answer) ?? text;
    } catch {
      this.counters.internalErrors++;
      return { status: 200, envelope: gatewayFail(50004, 'internal error in the mock') };
    }
    return { status, envelope: answer, ...(text !== undefined && { text }) };
  }
}

import type { ApiPath } from '../apis';
import { envelopeFail } from './envelopeFail';
import { enumerateOutcomes, type EnumerationOptions, type Enumeration } from './enumerateOutcomes';
import { fixedChooser } from './fixedChooser';
import { createHandlerContext, type Chooser, type Handler } from './HandlerContext';
import { accountCheck } from './handlers/accountCheck';
import { accountDelete } from './handlers/accountDelete';
import { accountImport } from './handlers/accountImport';
import { createContactGroup } from './handlers/createContactGroup';
import { createGroup } from './handlers/createGroup';
import { delContactGroup } from './handlers/delContactGroup';
import { destroyGroup } from './handlers/destroyGroup';
import { getContactGroup } from './handlers/getContactGroup';
import { markContact } from './handlers/markContact';
import { multiaccountImport } from './handlers/multiaccountImport';
import { searchContactGroup } from './handlers/searchContactGroup';
import { updateContactGroup } from './handlers/updateContactGroup';
import type { ModelConfig, ModelRequest, ModelResult, ModelState } from './types';

/** One handler per API. */
const HANDLERS: Readonly<Record<ApiPath, Handler>> = {
  'recentcontact/create_contact_group': createContactGroup,
  'recentcontact/update_contact_group': updateContactGroup,
  'recentcontact/del_contact_group': delContactGroup,
  'recentcontact/mark_contact': markContact,
  'recentcontact/search_contact_group': searchContactGroup,
  'recentcontact/get_contact_group': getContactGroup,
  'im_open_login_svc/account_import': accountImport,
  'im_open_login_svc/multiaccount_import': multiaccountImport,
  'im_open_login_svc/account_delete': accountDelete,
  'im_open_login_svc/account_check': accountCheck,
  'group_open_http_svc/create_group': createGroup,
  'group_open_http_svc/destroy_group': destroyGroup,
};

/**
 * The executable model: answers one request from a state, as the documented API would.
 *
 * Pure and synchronous: no I/O, no clock (`request.now` is the time), no randomness; the
 * input state is never mutated (writes copy the touched user, reads return the input state
 * itself). The body is untrusted: a wrong shape gets the API's "illegal parameters" code
 * (50002 for recentcontact), never an exception.
 *
 * Where the documents are silent the handlers ask `chooser` (choicePoints.ts); by default it
 * answers from `config.choices`, as the mock does. `consulted`/`decisions` say which points
 * the answer depended on and how each was resolved.
 *
 * An unknown api answers 60009 "Request resource error" (notes §4.1). An unexpected
 * exception becomes a 50004 "Internal server error" envelope with the state unchanged;
 * the self-tests check that no input reaches it.
 */
export function applyRequest(state: ModelState, request: ModelRequest, config: ModelConfig, chooser?: Chooser): ModelResult {
  const handler = Object.prototype.hasOwnProperty.call(HANDLERS, request.api) ? HANDLERS[request.api] : undefined;
  if (handler === undefined) return { state, response: envelopeFail(60009), consulted: new Set(), decisions: new Map() };
  try {
    const { ctx, decisions } = createHandlerContext(config, request.now, chooser ?? fixedChooser(config.choices));
    const outcome = handler(state, request.body, ctx);
    return { state: outcome.state, response: outcome.response, consulted: new Set(decisions.keys()), decisions };
  } catch {
    // Why: the mock must answer every request; a model bug shows as 50004, which the
    // self-tests treat as a failure (no input may reach this line).
    return { state, response: envelopeFail(50004), consulted: new Set(), decisions: new Map() };
  }
}

/**
 * Every answer the documents allow for this request from this state, each with the state it
 * leads to: the model run under every combination of the choice points it meets
 * (enumerateOutcomes.ts). The oracle keeps the outcomes that explain the target's answer.
 */
export function allowedOutcomes(state: ModelState, request: ModelRequest, config: ModelConfig, options: EnumerationOptions): Enumeration<ModelResult> {
  return enumerateOutcomes((chooser) => applyRequest(state, request, config, chooser), options);
}

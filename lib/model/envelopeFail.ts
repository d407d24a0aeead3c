import { errorInfoOf } from './errorInfo';
import type { ModelResponse } from './types';

/**
 * A failure envelope: `{"ActionStatus":"FAIL","ErrorCode":code,"ErrorInfo":info}`
 * ("ActionStatus ... FAIL: failed", every API page; notes §1.2).
 *
 * @param info - the ErrorInfo text. @defaultValue the code's text from errorInfo.ts
 */
export function envelopeFail(code: number, info: string = errorInfoOf(code)): ModelResponse {
  return { ActionStatus: 'FAIL', ErrorCode: code, ErrorInfo: info };
}

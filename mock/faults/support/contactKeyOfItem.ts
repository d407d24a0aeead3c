import { contactKeyOf } from '../../../lib/model/contactKeyOf';
import type { ContactKey } from '../../../lib/model/types';
import { isRecord } from './isRecord';

/**
 * The ContactKey of a ContactItem-shaped JSON object (request item or read-response
 * item with extra fields), or undefined when it is not one (notes §2.2).
 */
export function contactKeyOfItem(value: unknown): ContactKey | undefined {
  if (!isRecord(value)) return undefined;
  if (value['Type'] === 1 && typeof value['To_Account'] === 'string') return contactKeyOf({ Type: 1, To_Account: value['To_Account'] });
  if (value['Type'] === 2 && typeof value['ToGroupId'] === 'string') return contactKeyOf({ Type: 2, ToGroupId: value['ToGroupId'] });
  return undefined;
}

import type { ContactItem } from './types';

/** A ContactItem echoed in a write response, in its canonical two-field form. */
export function renderContactItem(contact: ContactItem): ContactItem {
  return contact.Type === 1 ? { Type: 1, To_Account: contact.To_Account } : { Type: 2, ToGroupId: contact.ToGroupId };
}

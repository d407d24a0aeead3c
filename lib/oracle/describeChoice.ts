import type { ChoiceName, UndocumentedChoices } from '../model/types';
import type { OracleObservation } from './types';

interface ChoiceText {
  readonly endpoint: string;
  readonly question: string;
  readonly observed: (value: string) => string;
}

/** Each undocumented choice as a question to the target (notes §5, §9). */
const TEXT: Readonly<Record<ChoiceName, ChoiceText>> = {
  duplicateNameOnCreate: {
    endpoint: 'recentcontact/create_contact_group',
    question: 'What does creating a group with a name the user already has do?',
    observed: (v) => (v === 'reject' ? 'create with taken name: rejected with 50002' : 'create with taken name: returns the existing group'),
  },
  renameOntoExisting: {
    endpoint: 'recentcontact/update_contact_group',
    question: 'What does renaming a group onto a name the user already has do?',
    observed: (v) => (v === 'reject' ? 'rename onto taken name: rejected with 50002' : 'rename onto taken name: allowed (two groups share the name)'),
  },
  reAddMember: {
    endpoint: 'recentcontact/update_contact_group',
    question: 'What does adding a conversation already in the group answer?',
    observed: (v) => (v === 'ok' ? 're-add: ResultCode 0' : 're-add: item error'),
  },
  removeNonMember: {
    endpoint: 'recentcontact/update_contact_group',
    question: 'What does removing a conversation that is not in the group answer?',
    observed: (v) => (v === 'ok' ? 'remove non-member: ResultCode 0' : 'remove non-member: item error'),
  },
  standardMarkBitOrder: {
    endpoint: 'recentcontact/search_contact_group',
    question: 'In which character order is the StandardMark bit string written?',
    observed: (v) => (v === 'msb-first' ? 'StandardMark: binary of the uint64, most significant bit first' : 'StandardMark: character i is bit i'),
  },
  groupIdAllocation: {
    endpoint: 'recentcontact/create_contact_group',
    question: 'How are GroupIds allocated after a delete?',
    observed: (v) => `GroupId allocation: ${v}`,
  },
  itemOrder: {
    endpoint: 'recentcontact/search_contact_group',
    question: 'In which order are read items returned?',
    observed: (v) => `read item order: ${v}`,
  },
  getPageSize: {
    endpoint: 'recentcontact/get_contact_group',
    question: 'How many conversations does one get_contact_group page hold?',
    observed: (v) => `get_contact_group page size: ${v}`,
  },
  searchEmptyItem: {
    endpoint: 'recentcontact/search_contact_group',
    question: 'What does search return for a conversation with no groups or marks?',
    observed: (v) => (v === 'omit' ? 'search of an empty conversation: omitted' : 'search of an empty conversation: an empty item'),
  },
  setAndClearSameBit: {
    endpoint: 'recentcontact/mark_contact',
    question: 'What happens when the same bit is in SetMark and ClearMark?',
    observed: (v) => (v === 'set-wins' ? 'same bit set and cleared: set wins' : 'same bit set and cleared: clear wins'),
  },
  itemErrorPlacement: {
    endpoint: 'recentcontact/update_contact_group',
    question: 'Where is an item-level failure of a batch reported?',
    observed: (v) => (v === 'per-item' ? 'item failure: per-item ResultCode, call OK' : 'item failure: top-level FAIL, nothing changed'),
  },
};

/** The observation recorded when the oracle pins a choice. */
export function describeChoice<K extends ChoiceName>(name: K, value: UndocumentedChoices[K]): OracleObservation {
  const text = TEXT[name];
  return { id: `choice.${name}`, endpoint: text.endpoint, question: text.question, observed: text.observed(String(value)) };
}

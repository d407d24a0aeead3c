import { CHOICE_POINTS } from '../../model/choicePoints';
import type { ChoiceName } from '../../model/types';
import type { Probe } from '../Probe';

/** A probe that makes one registry point visible; its id is `choice.<name>`, its title the point's gap. */
export function choiceProbe(choice: ChoiceName, probe: Pick<Probe, 'users' | 'chatGroups' | 'steps' | 'reveal'>): Probe {
  return { id: `choice.${choice}`, kind: 'choice', title: `${choice}: ${CHOICE_POINTS[choice].gap}`, choice, ...probe };
}

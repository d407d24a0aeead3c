import type { Chooser } from './HandlerContext';
import type { UndocumentedChoices } from './types';

/**
 * The chooser of a server that has made up its mind: every point takes its value from
 * `choices` (a preset, or the chaos preset's draw for this request). For a `pick`,
 * errorPrecedence `first` takes the first option the model lists and `last` the last.
 */
export function fixedChooser(choices: UndocumentedChoices): Chooser {
  return {
    choose(name, options, kind) {
      const value = choices[name];
      if (kind === 'pick') return value === 'last' ? options[options.length - 1] : options[0];
      return value;
    },
  };
}

import { createServer } from 'node:http';
import { listenTracked } from '../../support/listenTracked';
import { answerAccountCheck, readBody } from './answerAccountCheck';
import { badGateway } from './badGateway';
import { dripResponse } from './dripResponse';
import { hang } from './hang';
import type { HostileBehaviour, HostileHandler } from './HostileBehaviour';
import { htmlPage } from './htmlPage';
import { resetConnection } from './resetConnection';

const HANDLERS: Record<HostileBehaviour, HostileHandler> = {
  hang,
  reset: resetConnection,
  'bad-gateway': badGateway,
  html: htmlPage,
  drip: dripResponse,
};

export interface HostileServerOptions {
  behaviour: HostileBehaviour;
  /**
   * Answer `account_check` (the preflight) correctly and misbehave only on every other API,
   * so the run gets past preflight and the misbehaviour reaches the tests.
   * @defaultValue false
   */
  answerPreflight?: boolean;
}

export interface HostileServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** Requests received so far, by path. */
  requests(): Record<string, number>;
  /** Stops listening, clears drip timers and destroys every open socket (hung ones included). */
  close(): Promise<void>;
}

/** Starts a purpose-built bad server on 127.0.0.1, port 0. */
export async function startHostileServer(options: HostileServerOptions): Promise<HostileServer> {
  const handler = HANDLERS[options.behaviour];
  const timers = new Set<NodeJS.Timeout>();
  const counts: Record<string, number> = {};
  const server = createServer((request, response) => {
    const path = (request.url ?? '').split('?')[0] ?? '';
    counts[path] = (counts[path] ?? 0) + 1;
    if (options.answerPreflight && path.endsWith('/im_open_login_svc/account_check')) {
      void readBody(request).then((raw) => answerAccountCheck(raw, response));
      return;
    }
    handler(request, response, (timer) => timers.add(timer));
  });
  const listening = await listenTracked(server);
  return {
    url: listening.url,
    requests: () => ({ ...counts }),
    close: async () => {
      for (const timer of timers) clearInterval(timer);
      await listening.close();
    },
  };
}

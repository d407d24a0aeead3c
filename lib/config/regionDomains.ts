/**
 * CHAT_REGION values and the REST API domain of each data center
 * (tencent-chat-api-notes.md §1.1: "Domains [DOC 34620, 53437 new]: China
 * `console.tim.qq.com` … Singapore `adminapisgp.im.qcloud.com`; Seoul
 * `adminapikr.im.qcloud.com`; Tokyo `adminapijpn.im.qcloud.com` … Frankfurt
 * `adminapiger.im.qcloud.com` … Silicon Valley `adminapiusa.im.qcloud.com`;
 * Jakarta `adminapiidn.im.qcloud.com`").
 * Mumbai is left out: it appears in older docs only.
 */
export const REGION_DOMAINS = {
  china: 'console.tim.qq.com',
  singapore: 'adminapisgp.im.qcloud.com',
  seoul: 'adminapikr.im.qcloud.com',
  tokyo: 'adminapijpn.im.qcloud.com',
  frankfurt: 'adminapiger.im.qcloud.com',
  'silicon-valley': 'adminapiusa.im.qcloud.com',
  jakarta: 'adminapiidn.im.qcloud.com',
} as const;

/** A CHAT_REGION value. */
export type Region = keyof typeof REGION_DOMAINS;

/** True when `name` is a known CHAT_REGION. */
export function isRegion(name: string): name is Region {
  return Object.hasOwn(REGION_DOMAINS, name);
}

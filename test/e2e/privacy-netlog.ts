/**
 * Reads a Chromium NetLog (--log-net-log): the network stack's own record of
 * every URL request and host lookup the browser made, from process start and
 * from every context (pages, extension views, workers, the service worker), with
 * the origin that initiated each request and the network partition it ran in.
 */
import { readFileSync } from 'node:fs';

export interface NetRequest {
  url: string;
  method: string;
  /** The initiating origin, or "not an origin" for the browser's own requests and top-level navigations. */
  initiator: string;
  /** Network isolation key: the top-frame and frame sites the request was made for. */
  isolationKey: string;
  /** "main frame", "sub frame" or "other". */
  type: string;
}

export interface HostLookup {
  host: string;
  /** Network anonymization key: the site the lookup was made for. */
  anonymizationKey: string;
}

export interface NetLog {
  requests: NetRequest[];
  lookups: HostLookup[];
}

interface RawLog {
  constants: { logEventTypes: Record<string, number> };
  events: { type: number; params?: Record<string, unknown> }[];
}

export function readNetLog(path: string): NetLog {
  const log = parse(readFileSync(path, 'utf8'));
  const startJob = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  const lookup = log.constants.logEventTypes.HOST_RESOLVER_MANAGER_REQUEST;
  const requests: NetRequest[] = [];
  const lookups: HostLookup[] = [];
  for (const { type, params: p } of log.events) {
    if (type === startJob && typeof p?.url === 'string') {
      requests.push({ url: p.url, method: String(p.method), initiator: String(p.initiator), isolationKey: String(p.network_isolation_key), type: String(p.request_type) });
    } else if (type === lookup && typeof p?.host === 'string') {
      lookups.push({ host: p.host, anonymizationKey: String(p.network_anonymization_key) });
    }
  }
  return { requests, lookups };
}

/** A log cut short (the browser did not exit cleanly) lacks its closing brackets: close the events array. */
function parse(text: string): RawLog {
  try {
    return JSON.parse(text) as RawLog;
  } catch {
    return JSON.parse(`${text.trimEnd().replace(/,$/, '')}]}`) as RawLog;
  }
}

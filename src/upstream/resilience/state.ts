/**
 * What the resilience layer remembers between requests, as small interfaces: a store's quota, a caller's
 * circuit and in-flight slots. The call path (caller.ts) sees only these, and awaits each answer. The
 * quota lives in a quota view (the process's, or Redis's for every replica); circuits and slots stay in
 * the process (create-state.ts; docs/shared-state.md says why).
 */
import type { HeldCall } from '../../shared-state/quota-view.js';
import type { QuotaSnapshot } from './rate-limits.js';

/** How one admitted call went, as far as the upstream's health is concerned (failures.ts decides). */
export type CallVerdict =
  /** An answer below 500 (a 4xx or a 429 included: the upstream is up). */
  | 'success'
  /** No answer, a call timeout or a 5xx. */
  | 'failure'
  /** Says nothing about the upstream: the gateway cut the call short (deadline, client gone) or never sent it. */
  | 'neutral';

export interface BreakerPermit {
  /** Reports the call's verdict; only the first report counts. */
  record(verdict: CallVerdict): void;
}

export type Admission = { permit: BreakerPermit } | { retryAfterMs: number };

/** The circuit of one caller at one origin: closed, open (calls fail fast) or half-open (one probe goes). */
export interface Circuit {
  admit(): Admission | Promise<Admission>;
}

/** What an answer that proved the caller's credentials valid said about the store's quota. */
export interface QuotaProof {
  /** Undefined when the answer carried no usable quota headers. */
  quota: QuotaSnapshot | undefined;
}

/** A granted call. `settle` must follow once it is over. */
export interface PacingTicket {
  /** `proof` only for an answer that proved the credentials valid: nothing else changes the store's view. */
  settle(proof: QuotaProof | undefined): void;
  /** An uncounted call whose credentials were proven while it was in flight counts from now on. */
  count(): void;
}

export type PacingDecision = { ticket: PacingTicket } | { waitMs: number };

/** One call asking the store's quota for its go. */
export interface CallRequest {
  /** False for a call of credentials not yet proven valid: it is not counted, and takes no turn. */
  counted: boolean;
  /** Its count is dropped after this, should its replica die with it in flight. */
  expiresInMs: number;
  /** Its place in its request's hold, if the request was admitted with one: it goes outside the rules. */
  held?: HeldCall;
  /**
   * A kept answer stands in should it not go (`SendOptions.fallback`): unless held, it goes only while more
   * calls are free than the pacing threshold and the rest of the window's even share: never on a paced turn,
   * never spending ahead of the window, so later writes and first reads find their calls free.
   */
  fallback?: boolean;
}

/** What a request's calls must fit in: its time, less what a call needs; their hold lasts as long as it does. */
export interface AdmissionTerms {
  startWithinMs: number;
  expiresInMs: number;
}

/** A held call's turn: its place in the hold, and how long until it may start (0: now). */
export interface HeldTurn {
  held: HeldCall;
  waitMs: number;
}

/** The calls a store's quota holds for one request (docs/decisions/0600-admission-by-query-cost.md). */
export interface RequestHold {
  /** The next call's turn; undefined once every held call was handed out (later calls go by the rules). */
  take(): HeldTurn | undefined;
  /** The turn `take` would hand out next, left in the hold. */
  peek(): HeldTurn | undefined;
  /** Frees the held calls not started; the request is over. */
  release(): void;
}

/**
 * Admitted: the calls fit in the store's quota before the request's deadline, and are held for it when there
 * is a quota to hold them against. Refused: they do not; `retryAfterMs` says when they might.
 */
export type AdmissionVerdict =
  | { admitted: true; hold: RequestHold | undefined }
  | { admitted: false; retryAfterMs: number };

/** One store's quota at one origin: shared by every caller of the store (docs/upstream-contract.md §5). */
export interface StoreQuota {
  /** Holds `calls` for one request if they can all start before its deadline under the pacing rules. */
  admit(calls: number, terms: AdmissionTerms): Promise<AdmissionVerdict>;
  /**
   * A go for one call now, or how long to wait before asking again. A counted call is in flight against the
   * quota until settled and takes its turn in the paced spacing (or its held turn); a call of credentials not
   * yet proven valid is not counted, so however many such calls anyone sends, they never hold back the
   * store's own.
   */
  acquire(call: CallRequest): Promise<PacingDecision>;
}

/** Frees a slot taken by `acquire`; calling it again does nothing. */
export type ReleaseSlot = () => void;

/** The part of a request's deadline a wait for a slot watches (deadline.ts). */
export interface WaitLimit {
  /** Runs `callback` once the request is over; the returned function cancels that. */
  whenOver(callback: () => void): () => void;
}

/** A wait for a slot rejects with this when the request was over first: nothing was sent. */
export class WaitEnded extends Error {
  override name = 'WaitEnded';
}

/**
 * The cap on one caller's calls in flight at one origin in this process: `UPSTREAM_MAX_IN_FLIGHT` once the
 * caller is proven, at most the pacing threshold before; further calls wait their turn.
 */
export interface InFlightSlots {
  /** Resolves once a slot is free; rejects with WaitEnded when `limit` says the request is over first. */
  acquire(limit: WaitLimit): Promise<ReleaseSlot>;
}

/** What an answer said of the credentials it was sent with (failures.ts). */
export type CredentialEvidence = 'valid' | 'refused' | 'none';

/** What is known of one caller (a credential pair) at one origin. */
export interface CallerHealth {
  readonly circuit: Circuit;
  /**
   * Whether the last answer that said anything of the credentials accepted them. Until then the caller's
   * calls do not count against the store's quota, so however many callers guess at a store's hash, they
   * never hold back the store's own callers.
   */
  readonly proven: boolean;
  learn(evidence: CredentialEvidence): void;
  /** Runs `listener` once the credentials are proven (at once if they are); the returned function cancels that. */
  onProven(listener: () => void): () => void;
}

/**
 * The state behind every call. Keys: `storeKey` is origin and store hash (the quota is the store's);
 * `callerKey` is origin, store hash and a digest of the token, so that one caller's failures and hung calls
 * never open another's circuit or hold another's slots.
 */
export interface ResilienceState {
  quota(storeKey: string): StoreQuota;
  caller(callerKey: string): CallerHealth;
  slots(callerKey: string): InFlightSlots;
}

/** ZStack ErrorCode as it goes on the wire (docs/zstack-protocol.md#error-shape). */
export type ErrorCode = {
  code: string;
  description: string;
  details?: string;
  elaboration?: string;
  location?: string;
  cost?: string;
  cause?: ErrorCode;
};

/** Description texts from conf/errorCodes/*.xml (docs/zstack-protocol.md#error-codes). */
const DESCRIPTIONS: Record<string, string> = {
  'SYS.1000': 'An internal error happened in system',
  'SYS.1001': 'A message or a operation timeout',
  'SYS.1003': 'A resource can not be found',
  'SYS.1004': 'Unable to delete a resource',
  'SYS.1006': 'An operation failed',
  'SYS.1007': 'One or more API argument is invalid',
  'VM.1001': 'Unable to start a vm',
  'VM.1005': 'Unable to attach data volume to a vm',
  'VM.1010': 'VM is not in state that allows required operation',
  'ID.1000': 'Unable to authenticate a user',
  'ID.1001': 'The session is invalid, either wrong session id or the session has been expired',
  'ID.1002': "The user doesn't have permission to perform the operation",
  'ID.1003': 'The user exceeds a quota of a resource',
  'ID.1006': 'Max number of active sessions exceeded',
  'HOST_ALLOCATION.1000': 'No available host found',
  'HOST_ALLOCATION.1001': 'No available nic found',
  'L3.1002': 'IP address in range has been exhausted',
};

/** A leaf error; `cost` is set because elaboration lookup runs on leaves (enableElaboration=true). */
export function err(code: string, details: string, location?: string): ErrorCode {
  const e: ErrorCode = { code, description: DESCRIPTIONS[code] ?? code, details, cost: '0ms' };
  if (location !== undefined) e.location = location;
  return e;
}

/** An error wrapping a cause; cost is copied from the root cause as Platform.err does. */
export function wrap(code: string, details: string, cause: ErrorCode, location?: string): ErrorCode {
  const e: ErrorCode = {
    code,
    description: DESCRIPTIONS[code] ?? code,
    details,
    cost: rootOf(cause).cost ?? '0ms',
    cause,
  };
  if (location !== undefined) e.location = location;
  return e;
}

function rootOf(e: ErrorCode): ErrorCode {
  return e.cause ? rootOf(e.cause) : e;
}

export const operr = (details: string, location?: string): ErrorCode => err('SYS.1006', details, location);
export const argerr = (details: string): ErrorCode => err('SYS.1007', details);

export const invalidSession = (): ErrorCode => err('ID.1001', 'Session expired');

/** PortApiValidator: `field` is the API message's field that carries the uuid (`uuid`, `imageUuid`, …). */
export function notFound(uuid: string, voType: string, field = 'uuid'): ErrorCode {
  return err('SYS.1003', `invalid field[${field}], resource[uuid:${uuid}, type:${voType}] not found`);
}

export function notOwner(accountUuid: string, resourceUuid: string, voType: string): ErrorCode {
  return operr(
    `permission denied, the account[uuid:${accountUuid}] is not the owner of the resource[uuid:${resourceUuid}, type:${voType}]`,
  );
}

export function adminOnly(apiClass: string): ErrorCode {
  return err('ID.1002', `request api[name: ${apiClass}] is admin only, can not be executed by current user`);
}

/**
 * AbstractVmInstance.validateOperationByState: VM.1010, wrapped with the same details in the caller's code
 * (SYS.1006 for most APIs; VM.1005 for an attach; the start flow passes none and wraps it in VM.1001 itself).
 */
export function wrongVmState(
  state: string,
  msgClass: string,
  allowed: readonly string[],
  wrapper = 'SYS.1006',
): ErrorCode {
  const details = `current vm instance state[${state}] doesn't allow to proceed message[${msgClass}], allowed states are [${allowed.join(', ')}]`;
  return wrap(wrapper, details, err('VM.1010', details));
}

/** QuotaUtil.checkQuotaAndReturn wording; `request` is 1 for counts, the size in bytes for sizes. */
export function quotaExceeded(
  owner: { uuid: string; name: string },
  quota: string,
  value: number,
  used: number,
  request: number,
): ErrorCode {
  return err(
    'ID.1003',
    `quota exceeding.The resource owner(or target resource owner) account[uuid: ${owner.uuid} name: ${owner.name}] exceeds a quota[name: ${quota}, value: ${value}], Current used:${used}, Request:${request}. Please contact the administrator.`,
  );
}

/** A flow failure inside a delete: SYS.1004 with the real error as cause and its details copied. */
export const deleteFailed = (cause: ErrorCode): ErrorCode => wrap('SYS.1004', cause.details ?? '', cause);

// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/errors';

import type { ApiTypes, AugmentedError } from '@polkadot/api-base/types';

export type __AugmentedError<ApiType extends ApiTypes> = AugmentedError<ApiType>;

declare module '@polkadot/api-base/types/errors' {
  interface AugmentedErrors<ApiType extends ApiTypes> {
    balances: {
      /**
       * Beneficiary account must pre-exist.
       **/
      DeadAccount: AugmentedError<ApiType>;
      /**
       * The delta cannot be zero.
       **/
      DeltaZero: AugmentedError<ApiType>;
      /**
       * Value too low to create account due to existential deposit.
       **/
      ExistentialDeposit: AugmentedError<ApiType>;
      /**
       * A vesting schedule already exists for this account.
       **/
      ExistingVestingSchedule: AugmentedError<ApiType>;
      /**
       * Transfer/payment would kill account.
       **/
      Expendability: AugmentedError<ApiType>;
      /**
       * Balance too low to send value.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * The issuance cannot be modified since it is already deactivated.
       **/
      IssuanceDeactivated: AugmentedError<ApiType>;
      /**
       * Account liquidity restrictions prevent withdrawal.
       **/
      LiquidityRestrictions: AugmentedError<ApiType>;
      /**
       * Number of freezes exceed `MaxFreezes`.
       **/
      TooManyFreezes: AugmentedError<ApiType>;
      /**
       * Number of holds exceed `VariantCountOf<T::RuntimeHoldReason>`.
       **/
      TooManyHolds: AugmentedError<ApiType>;
      /**
       * Number of named reserves exceed `MaxReserves`.
       **/
      TooManyReserves: AugmentedError<ApiType>;
      /**
       * Vesting balance too high to send value.
       **/
      VestingBalance: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    bonds: {
      /**
       * The series would take the city's debt above the ceiling.
       **/
      AboveDebtCeiling: AugmentedError<ApiType>;
      /**
       * The series was called already.
       **/
      AlreadyCalled: AugmentedError<ApiType>;
      /**
       * The series was declared in default already.
       **/
      AlreadyDefaulted: AugmentedError<ApiType>;
      /**
       * Fully sold, the series (its principal and every coupon) would leave the reserve
       * fund's free funds below the reserve floor.
       **/
      BelowReserveFloor: AugmentedError<ApiType>;
      /**
       * A call price below face value.
       **/
      CallBelowFace: AugmentedError<ApiType>;
      /**
       * The call price is more than one coupon period's interest above face (only Root calls
       * above it).
       **/
      CallPremiumTooHigh: AugmentedError<ApiType>;
      /**
       * The coupon rate, a year, is above `MaxAnnualCouponRate` (only Root issues above it).
       **/
      CouponRateTooHigh: AugmentedError<ApiType>;
      /**
       * The grace period of the arrears has not ended.
       **/
      GracePeriodRunning: AugmentedError<ApiType>;
      /**
       * A due coupon is not set aside yet: transfers and redemption wait.
       **/
      InArrears: AugmentedError<ApiType>;
      /**
       * A call notice shorter than `MinCallNotice`, or a call date at or after maturity.
       **/
      InvalidCallDate: AugmentedError<ApiType>;
      /**
       * A term is out of range: no units, no periods, a zero face or coupon period, a
       * minimum above the units, resident units above the units, a window that has ended.
       **/
      InvalidTerms: AugmentedError<ApiType>;
      /**
       * The account holds no units of the series (or not that many).
       **/
      NotEnoughHeld: AugmentedError<ApiType>;
      /**
       * Not that many units are left (for non-residents: outside the residents' share).
       **/
      NotEnoughUnits: AugmentedError<ApiType>;
      /**
       * Nothing to claim.
       **/
      NothingToClaim: AugmentedError<ApiType>;
      /**
       * The series is not in arrears.
       **/
      NotInArrears: AugmentedError<ApiType>;
      /**
       * The series has not matured.
       **/
      NotMatured: AugmentedError<ApiType>;
      /**
       * The series is for residents only (every unit was for residents), and the recipient
       * is not one.
       **/
      RecipientNotResident: AugmentedError<ApiType>;
      /**
       * No series has that id.
       **/
      SeriesNotFound: AugmentedError<ApiType>;
      /**
       * The subscription window is closed.
       **/
      SubscriptionClosed: AugmentedError<ApiType>;
      /**
       * The subscription window is still open.
       **/
      SubscriptionOpen: AugmentedError<ApiType>;
      /**
       * More coupon periods than `MaxPeriods`.
       **/
      TooManyPeriods: AugmentedError<ApiType>;
      /**
       * The series is not in the state the call needs.
       **/
      WrongState: AugmentedError<ApiType>;
      /**
       * Zero units.
       **/
      ZeroUnits: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    cityCoin: {
      /**
       * A bill is resolved to at most what it is.
       **/
      AboveBill: AugmentedError<ApiType>;
      /**
       * A payroll clerk may not enrol anyone with, or set, a wage above `ClerkWageCap`.
       **/
      AboveClerkWageCap: AugmentedError<ApiType>;
      /**
       * The council would mint or burn more this period than its cap allows.
       **/
      AboveMintCap: AugmentedError<ApiType>;
      /**
       * The bill is disputed already.
       **/
      AlreadyDisputed: AugmentedError<ApiType>;
      /**
       * The account is on the payroll already.
       **/
      AlreadyEnrolled: AugmentedError<ApiType>;
      /**
       * The employee has left.
       **/
      EmployeeDeparted: AugmentedError<ApiType>;
      /**
       * The account is not on the payroll.
       **/
      EmployeeNotFound: AugmentedError<ApiType>;
      /**
       * The reserve fund's free funds cannot cover the burn.
       **/
      InsufficientFreeFunds: AugmentedError<ApiType>;
      /**
       * The account holds no active employee credential of that department and role.
       **/
      NoEmployeeCredential: AugmentedError<ApiType>;
      /**
       * The meter has no open bill for that consumer.
       **/
      NoOpenBill: AugmentedError<ApiType>;
      /**
       * The service is for residents only, and the payer holds no active resident
       * credential.
       **/
      NotAResident: AugmentedError<ApiType>;
      /**
       * The price plus tax is above the most the payer agreed to pay.
       **/
      PriceAboveLimit: AugmentedError<ApiType>;
      /**
       * A payroll clerk may not enrol, set the wage of, or remove themselves.
       **/
      SelfDealing: AugmentedError<ApiType>;
      /**
       * The service cannot be bought now.
       **/
      ServiceInactive: AugmentedError<ApiType>;
      /**
       * No service has that id.
       **/
      ServiceNotFound: AugmentedError<ApiType>;
      /**
       * The payroll is full.
       **/
      TooManyEmployees: AugmentedError<ApiType>;
      /**
       * The catalogue is full.
       **/
      TooManyServices: AugmentedError<ApiType>;
      /**
       * The amount is zero.
       **/
      ZeroAmount: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    council: {
      /**
       * Members are already initialized!
       **/
      AlreadyInitialized: AugmentedError<ApiType>;
      /**
       * Duplicate proposals not allowed
       **/
      DuplicateProposal: AugmentedError<ApiType>;
      /**
       * Duplicate vote ignored
       **/
      DuplicateVote: AugmentedError<ApiType>;
      /**
       * Account is not a member
       **/
      NotMember: AugmentedError<ApiType>;
      /**
       * Prime account is not a member
       **/
      PrimeAccountNotMember: AugmentedError<ApiType>;
      /**
       * Proposal is still active.
       **/
      ProposalActive: AugmentedError<ApiType>;
      /**
       * Proposal must exist
       **/
      ProposalMissing: AugmentedError<ApiType>;
      /**
       * The close call was made too early, before the end of the voting.
       **/
      TooEarly: AugmentedError<ApiType>;
      /**
       * There can only be a maximum of `MaxProposals` active proposals.
       **/
      TooManyProposals: AugmentedError<ApiType>;
      /**
       * Mismatched index
       **/
      WrongIndex: AugmentedError<ApiType>;
      /**
       * The given length bound for the proposal was too low.
       **/
      WrongProposalLength: AugmentedError<ApiType>;
      /**
       * The given weight bound for the proposal was too low.
       **/
      WrongProposalWeight: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    councilMembership: {
      /**
       * Already a member.
       **/
      AlreadyMember: AugmentedError<ApiType>;
      /**
       * Not a member.
       **/
      NotMember: AugmentedError<ApiType>;
      /**
       * Too many members.
       **/
      TooManyMembers: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    democracy: {
      /**
       * Cannot cancel the same proposal twice
       **/
      AlreadyCanceled: AugmentedError<ApiType>;
      /**
       * The account is already delegating.
       **/
      AlreadyDelegating: AugmentedError<ApiType>;
      /**
       * Identity may not veto a proposal twice
       **/
      AlreadyVetoed: AugmentedError<ApiType>;
      /**
       * Proposal already made
       **/
      DuplicateProposal: AugmentedError<ApiType>;
      /**
       * The instant referendum origin is currently disallowed.
       **/
      InstantNotAllowed: AugmentedError<ApiType>;
      /**
       * Too high a balance was provided that the account cannot afford.
       **/
      InsufficientFunds: AugmentedError<ApiType>;
      /**
       * Invalid hash
       **/
      InvalidHash: AugmentedError<ApiType>;
      /**
       * Maximum number of votes reached.
       **/
      MaxVotesReached: AugmentedError<ApiType>;
      /**
       * No proposals waiting
       **/
      NoneWaiting: AugmentedError<ApiType>;
      /**
       * Delegation to oneself makes no sense.
       **/
      Nonsense: AugmentedError<ApiType>;
      /**
       * The actor has no permission to conduct the action.
       **/
      NoPermission: AugmentedError<ApiType>;
      /**
       * No external proposal
       **/
      NoProposal: AugmentedError<ApiType>;
      /**
       * The account is not currently delegating.
       **/
      NotDelegating: AugmentedError<ApiType>;
      /**
       * Next external proposal not simple majority
       **/
      NotSimpleMajority: AugmentedError<ApiType>;
      /**
       * The given account did not vote on the referendum.
       **/
      NotVoter: AugmentedError<ApiType>;
      /**
       * The preimage does not exist.
       **/
      PreimageNotExist: AugmentedError<ApiType>;
      /**
       * Proposal still blacklisted
       **/
      ProposalBlacklisted: AugmentedError<ApiType>;
      /**
       * Proposal does not exist
       **/
      ProposalMissing: AugmentedError<ApiType>;
      /**
       * Vote given for invalid referendum
       **/
      ReferendumInvalid: AugmentedError<ApiType>;
      /**
       * Maximum number of items reached.
       **/
      TooMany: AugmentedError<ApiType>;
      /**
       * Value too low
       **/
      ValueLow: AugmentedError<ApiType>;
      /**
       * The account currently has votes attached to it and the operation cannot succeed until
       * these are removed, either through `unvote` or `reap_vote`.
       **/
      VotesExist: AugmentedError<ApiType>;
      /**
       * Voting period too low
       **/
      VotingPeriodLow: AugmentedError<ApiType>;
      /**
       * Invalid upper bound.
       **/
      WrongUpperBound: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    grandpa: {
      /**
       * Attempt to signal GRANDPA change with one already pending.
       **/
      ChangePending: AugmentedError<ApiType>;
      /**
       * A given equivocation report is valid but already previously reported.
       **/
      DuplicateOffenceReport: AugmentedError<ApiType>;
      /**
       * An equivocation proof provided as part of an equivocation report is invalid.
       **/
      InvalidEquivocationProof: AugmentedError<ApiType>;
      /**
       * A key ownership proof provided as part of an equivocation report is invalid.
       **/
      InvalidKeyOwnershipProof: AugmentedError<ApiType>;
      /**
       * Attempt to signal GRANDPA pause when the authority set isn't live
       * (either paused or already pending pause).
       **/
      PauseFailed: AugmentedError<ApiType>;
      /**
       * Attempt to signal GRANDPA resume when the authority set isn't paused
       * (either live or already pending resume).
       **/
      ResumeFailed: AugmentedError<ApiType>;
      /**
       * Cannot signal forced change so soon after last.
       **/
      TooSoon: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    identityRegistry: {
      /**
       * An account already acts for another issuer (or is listed twice).
       **/
      AccountActsForAnotherIssuer: AugmentedError<ApiType>;
      /**
       * The credential is suspended already.
       **/
      AlreadySuspended: AugmentedError<ApiType>;
      /**
       * No credential has that id.
       **/
      CredentialNotFound: AugmentedError<ApiType>;
      /**
       * The credential's commitment is erased already, or the credential was erased and
       * cannot be changed.
       **/
      Erased: AugmentedError<ApiType>;
      /**
       * The expiry is not after the current block.
       **/
      ExpiryInThePast: AugmentedError<ApiType>;
      /**
       * The issuer issued credentials: only `PrivilegedOrigin` may remove it.
       **/
      IssuerHasCredentials: AugmentedError<ApiType>;
      /**
       * No issuer has that id.
       **/
      IssuerNotFound: AugmentedError<ApiType>;
      /**
       * Bulk suspension is only for what a removed issuer issued: remove the issuer first.
       **/
      IssuerNotRemoved: AugmentedError<ApiType>;
      /**
       * The issuer was removed: it can be neither changed nor used.
       **/
      IssuerRemoved: AugmentedError<ApiType>;
      /**
       * The issuer may not issue this kind of credential.
       **/
      KindNotAllowed: AugmentedError<ApiType>;
      /**
       * The signer does not act for any (active) issuer.
       **/
      NotAnIssuer: AugmentedError<ApiType>;
      /**
       * The credential is not suspended.
       **/
      NotSuspended: AugmentedError<ApiType>;
      /**
       * Only the credential's issuer or the council may change it.
       **/
      NotTheIssuer: AugmentedError<ApiType>;
      /**
       * Only the credential's subject may erase it.
       **/
      NotTheSubject: AugmentedError<ApiType>;
      /**
       * A privileged kind (`PrivilegedKinds`) is granted only by `PrivilegedOrigin`, in the
       * council's name: no issuer may list or issue one.
       **/
      PrivilegedKind: AugmentedError<ApiType>;
      /**
       * The credential expired and was pruned from its subject's list to free the slot: it
       * cannot be renewed, its issuer issues a new one.
       **/
      Pruned: AugmentedError<ApiType>;
      /**
       * `IssuerRemoved` is recorded by bulk suspension only; give another reason.
       **/
      ReasonReserved: AugmentedError<ApiType>;
      /**
       * Residents are voting in a referendum: only Root may suspend in bulk now.
       **/
      ReferendumRunning: AugmentedError<ApiType>;
      /**
       * The credential is revoked: nothing can change it but erasure.
       **/
      Revoked: AugmentedError<ApiType>;
      /**
       * The subject holds `MaxCredentialsPerSubject` live credentials already, none of them
       * expired.
       **/
      TooManyCredentials: AugmentedError<ApiType>;
      /**
       * The subject holds `MaxCredentialsPerIssuer` live credentials from this issuer (or
       * from the council) already, none of them expired.
       **/
      TooManyFromIssuer: AugmentedError<ApiType>;
      /**
       * As many issuers as `MaxIssuers` are registered.
       **/
      TooManyIssuers: AugmentedError<ApiType>;
      /**
       * `limit` must be at least 1.
       **/
      ZeroLimit: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    iotAnchors: {
      /**
       * The consumer is the meter's consumer already.
       **/
      AlreadyBound: AugmentedError<ApiType>;
      /**
       * The device is the caller's already.
       **/
      AlreadyOwner: AugmentedError<ApiType>;
      /**
       * The location is empty or not a geohash.
       **/
      BadGeohash: AugmentedError<ApiType>;
      /**
       * A policy's interval is zero blocks.
       **/
      BadPolicy: AugmentedError<ApiType>;
      /**
       * The key did not sign the proof of possession for this owner.
       **/
      BadProofOfPossession: AugmentedError<ApiType>;
      /**
       * A range's min is above its max.
       **/
      BadRange: AugmentedError<ApiType>;
      /**
       * The anchor's signature is not the device key's.
       **/
      BadSignature: AugmentedError<ApiType>;
      /**
       * The summary's min, mean and max are out of order.
       **/
      BadSummary: AugmentedError<ApiType>;
      /**
       * More readings than `MaxReadingsPerAnchor`.
       **/
      BatchTooLarge: AugmentedError<ApiType>;
      /**
       * The city revoked the device: nothing can change it.
       **/
      DeviceRevoked: AugmentedError<ApiType>;
      /**
       * The device is suspended (by its owner).
       **/
      DeviceSuspended: AugmentedError<ApiType>;
      /**
       * An anchor stands for at least one reading.
       **/
      EmptyBatch: AugmentedError<ApiType>;
      /**
       * The timestamp is ahead of chain time by more than the drift allowed.
       **/
      FutureTimestamp: AugmentedError<ApiType>;
      /**
       * The key already serves a device (or served one the city revoked).
       **/
      KeyInUse: AugmentedError<ApiType>;
      /**
       * A meter's location keeps at most `MaxMeterPrecision` characters.
       **/
      LocationTooPrecise: AugmentedError<ApiType>;
      /**
       * A meter's anchor carries no summary.
       **/
      MeterSummary: AugmentedError<ApiType>;
      /**
       * A meter's cumulative reading went down.
       **/
      MeterWentBackwards: AugmentedError<ApiType>;
      /**
       * A meter's anchor carries its cumulative reading.
       **/
      MissingMeterReading: AugmentedError<ApiType>;
      /**
       * The city has no policy for the kind: it cannot be registered, and takes no anchors.
       **/
      NoPolicy: AugmentedError<ApiType>;
      /**
       * A meter's anchors carry the total it bills: they are the meter's own signature's
       * (the meter's key, or the gateway keeping it), never a relay's.
       **/
      NoRelayForMeters: AugmentedError<ApiType>;
      /**
       * Only meters carry a cumulative reading (and only meters take a consumer).
       **/
      NotAMeter: AugmentedError<ApiType>;
      /**
       * Owning a utility meter takes the meter-operator credential.
       **/
      NotAMeterOperator: AugmentedError<ApiType>;
      /**
       * Owning a public sensor takes the device-operator credential.
       **/
      NotAnOperator: AugmentedError<ApiType>;
      /**
       * The device was not offered to the caller.
       **/
      NotOffered: AugmentedError<ApiType>;
      /**
       * Only the device's owner may do that.
       **/
      NotOwner: AugmentedError<ApiType>;
      /**
       * The caller was not asked to accept the meter.
       **/
      NotProposed: AugmentedError<ApiType>;
      /**
       * The device is not suspended.
       **/
      NotSuspended: AugmentedError<ApiType>;
      /**
       * The device is not suspended by the city.
       **/
      NotSuspendedByCity: AugmentedError<ApiType>;
      /**
       * The device's owner no longer holds the credential for its kind.
       **/
      OwnerNotAccredited: AugmentedError<ApiType>;
      /**
       * The device anchored less than its kind's interval ago.
       **/
      RateLimited: AugmentedError<ApiType>;
      /**
       * A device's relay is another key than its own (the device's key signs its anchors
       * without one), and its key is never its relay's.
       **/
      RelayIsDeviceKey: AugmentedError<ApiType>;
      /**
       * The sequence number was used already (a replay).
       **/
      Replayed: AugmentedError<ApiType>;
      /**
       * The sequence number skips ahead of the device's next.
       **/
      SequenceGap: AugmentedError<ApiType>;
      /**
       * The timestamp is older than the freshness window.
       **/
      StaleTimestamp: AugmentedError<ApiType>;
      /**
       * The city suspended the device: only the city resumes it, and its owner cannot
       * revoke it.
       **/
      SuspendedByCity: AugmentedError<ApiType>;
      /**
       * The timestamp is not after the device's last anchor's.
       **/
      TimestampNotIncreasing: AugmentedError<ApiType>;
      /**
       * The account owns as many devices of the kind as its policy allows.
       **/
      TooManyDevices: AugmentedError<ApiType>;
      /**
       * No device has that id.
       **/
      UnknownDevice: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    multisig: {
      /**
       * Call is already approved by this signatory.
       **/
      AlreadyApproved: AugmentedError<ApiType>;
      /**
       * The data to be stored is already stored.
       **/
      AlreadyStored: AugmentedError<ApiType>;
      /**
       * The maximum weight information provided was too low.
       **/
      MaxWeightTooLow: AugmentedError<ApiType>;
      /**
       * Threshold must be 2 or greater.
       **/
      MinimumThreshold: AugmentedError<ApiType>;
      /**
       * Call doesn't need any (more) approvals.
       **/
      NoApprovalsNeeded: AugmentedError<ApiType>;
      /**
       * Multisig operation not found in storage.
       **/
      NotFound: AugmentedError<ApiType>;
      /**
       * No timepoint was given, yet the multisig operation is already underway.
       **/
      NoTimepoint: AugmentedError<ApiType>;
      /**
       * Only the account that originally created the multisig is able to cancel it or update
       * its deposits.
       **/
      NotOwner: AugmentedError<ApiType>;
      /**
       * The sender was contained in the other signatories; it shouldn't be.
       **/
      SenderInSignatories: AugmentedError<ApiType>;
      /**
       * The signatories were provided out of order; they should be ordered.
       **/
      SignatoriesOutOfOrder: AugmentedError<ApiType>;
      /**
       * There are too few signatories in the list.
       **/
      TooFewSignatories: AugmentedError<ApiType>;
      /**
       * There are too many signatories in the list.
       **/
      TooManySignatories: AugmentedError<ApiType>;
      /**
       * A timepoint was given, yet no multisig operation is underway.
       **/
      UnexpectedTimepoint: AugmentedError<ApiType>;
      /**
       * A different timepoint was given to the multisig operation that is underway.
       **/
      WrongTimepoint: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    preimage: {
      /**
       * Preimage has already been noted on-chain.
       **/
      AlreadyNoted: AugmentedError<ApiType>;
      /**
       * The user is not authorized to perform this action.
       **/
      NotAuthorized: AugmentedError<ApiType>;
      /**
       * The preimage cannot be removed since it has not yet been noted.
       **/
      NotNoted: AugmentedError<ApiType>;
      /**
       * The preimage request cannot be removed since no outstanding requests exist.
       **/
      NotRequested: AugmentedError<ApiType>;
      /**
       * A preimage may not be removed when there are outstanding requests.
       **/
      Requested: AugmentedError<ApiType>;
      /**
       * Preimage is too large to store on-chain.
       **/
      TooBig: AugmentedError<ApiType>;
      /**
       * Too few hashes were requested to be upgraded (i.e. zero).
       **/
      TooFew: AugmentedError<ApiType>;
      /**
       * More than `MAX_HASH_UPGRADE_BULK_COUNT` hashes were requested to be upgraded at once.
       **/
      TooMany: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    proxy: {
      /**
       * Account is already a proxy.
       **/
      Duplicate: AugmentedError<ApiType>;
      /**
       * Call may not be made by proxy because it may escalate its privileges.
       **/
      NoPermission: AugmentedError<ApiType>;
      /**
       * Cannot add self as proxy.
       **/
      NoSelfProxy: AugmentedError<ApiType>;
      /**
       * Proxy registration not found.
       **/
      NotFound: AugmentedError<ApiType>;
      /**
       * Sender is not a proxy of the account to be proxied.
       **/
      NotProxy: AugmentedError<ApiType>;
      /**
       * There are too many proxies registered or too many announcements pending.
       **/
      TooMany: AugmentedError<ApiType>;
      /**
       * Announcement, if made at all, was made too recently.
       **/
      Unannounced: AugmentedError<ApiType>;
      /**
       * A call which is incompatible with the proxy type's filter was attempted.
       **/
      Unproxyable: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    reserveFund: {
      /**
       * The amount (a contract's total) is above what the origin may spend or award at once.
       **/
      AboveSpendCap: AugmentedError<ApiType>;
      /**
       * The spend, award or wage would leave free funds below the reserve floor.
       **/
      BelowReserveFloor: AugmentedError<ApiType>;
      /**
       * The category has no budget to remove.
       **/
      BudgetNotFound: AugmentedError<ApiType>;
      /**
       * The milestone's challenge period has ended: it can no longer be disputed.
       **/
      ChallengePeriodOver: AugmentedError<ApiType>;
      /**
       * The milestone's challenge period has not ended.
       **/
      ChallengePeriodRunning: AugmentedError<ApiType>;
      /**
       * The contract was cancelled.
       **/
      ContractCancelled: AugmentedError<ApiType>;
      /**
       * No contract has that id.
       **/
      ContractNotFound: AugmentedError<ApiType>;
      /**
       * The inspector is the contract's contractor: nobody certifies their own work.
       **/
      InspectorIsContractor: AugmentedError<ApiType>;
      /**
       * The fund's free balance cannot cover the obligation, the contract or the payment.
       **/
      InsufficientFreeFunds: AugmentedError<ApiType>;
      /**
       * The contract has no milestone with that index.
       **/
      MilestoneNotFound: AugmentedError<ApiType>;
      /**
       * The category has no budget (for a spend, an award or a wage not Root's).
       **/
      NoBudget: AugmentedError<ApiType>;
      /**
       * A contract needs at least one milestone.
       **/
      NoMilestones: AugmentedError<ApiType>;
      /**
       * The milestone is not certified.
       **/
      NotCertified: AugmentedError<ApiType>;
      /**
       * The milestone is not waiting for certification.
       **/
      NotPending: AugmentedError<ApiType>;
      /**
       * The spend would touch money set aside for obligations.
       **/
      ObligatedFunds: AugmentedError<ApiType>;
      /**
       * More is paid for an obligation than is set aside for it.
       **/
      ObligationExceeded: AugmentedError<ApiType>;
      /**
       * The spend, award or wage would take the category beyond its budget for this fiscal
       * period.
       **/
      OverBudget: AugmentedError<ApiType>;
      /**
       * More categories would have a budget than `MaxBudgets`.
       **/
      TooManyBudgets: AugmentedError<ApiType>;
      /**
       * The amount is zero.
       **/
      ZeroAmount: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    scheduler: {
      /**
       * Failed to schedule a call
       **/
      FailedToSchedule: AugmentedError<ApiType>;
      /**
       * Attempt to use a non-named function on a named task.
       **/
      Named: AugmentedError<ApiType>;
      /**
       * Cannot find the scheduled call.
       **/
      NotFound: AugmentedError<ApiType>;
      /**
       * Reschedule failed because it does not change scheduled time.
       **/
      RescheduleNoChange: AugmentedError<ApiType>;
      /**
       * Given target block number is in the past.
       **/
      TargetBlockNumberInPast: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    session: {
      /**
       * Registered duplicate key.
       **/
      DuplicatedKey: AugmentedError<ApiType>;
      /**
       * Invalid ownership proof.
       **/
      InvalidProof: AugmentedError<ApiType>;
      /**
       * Key setting account is not live, so it's impossible to associate keys.
       **/
      NoAccount: AugmentedError<ApiType>;
      /**
       * No associated validator ID for account.
       **/
      NoAssociatedValidatorId: AugmentedError<ApiType>;
      /**
       * No keys are associated with this account.
       **/
      NoKeys: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    system: {
      /**
       * The origin filter prevent the call to be dispatched.
       **/
      CallFiltered: AugmentedError<ApiType>;
      /**
       * Failed to extract the runtime version from the new runtime.
       * 
       * Either calling `Core_version` or decoding `RuntimeVersion` failed.
       **/
      FailedToExtractRuntimeVersion: AugmentedError<ApiType>;
      /**
       * The name of specification does not match between the current runtime
       * and the new runtime.
       **/
      InvalidSpecName: AugmentedError<ApiType>;
      /**
       * A multi-block migration is ongoing and prevents the current code from being replaced.
       **/
      MultiBlockMigrationsOngoing: AugmentedError<ApiType>;
      /**
       * Suicide called when the account has non-default composite data.
       **/
      NonDefaultComposite: AugmentedError<ApiType>;
      /**
       * There is a non-zero reference count preventing the account from being purged.
       **/
      NonZeroRefCount: AugmentedError<ApiType>;
      /**
       * No upgrade authorized.
       **/
      NothingAuthorized: AugmentedError<ApiType>;
      /**
       * The specification version is not allowed to decrease between the current runtime
       * and the new runtime.
       **/
      SpecVersionNeedsToIncrease: AugmentedError<ApiType>;
      /**
       * The submitted code is not authorized.
       **/
      Unauthorized: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    technicalCommittee: {
      /**
       * Members are already initialized!
       **/
      AlreadyInitialized: AugmentedError<ApiType>;
      /**
       * Duplicate proposals not allowed
       **/
      DuplicateProposal: AugmentedError<ApiType>;
      /**
       * Duplicate vote ignored
       **/
      DuplicateVote: AugmentedError<ApiType>;
      /**
       * Account is not a member
       **/
      NotMember: AugmentedError<ApiType>;
      /**
       * Prime account is not a member
       **/
      PrimeAccountNotMember: AugmentedError<ApiType>;
      /**
       * Proposal is still active.
       **/
      ProposalActive: AugmentedError<ApiType>;
      /**
       * Proposal must exist
       **/
      ProposalMissing: AugmentedError<ApiType>;
      /**
       * The close call was made too early, before the end of the voting.
       **/
      TooEarly: AugmentedError<ApiType>;
      /**
       * There can only be a maximum of `MaxProposals` active proposals.
       **/
      TooManyProposals: AugmentedError<ApiType>;
      /**
       * Mismatched index
       **/
      WrongIndex: AugmentedError<ApiType>;
      /**
       * The given length bound for the proposal was too low.
       **/
      WrongProposalLength: AugmentedError<ApiType>;
      /**
       * The given weight bound for the proposal was too low.
       **/
      WrongProposalWeight: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    technicalMembership: {
      /**
       * Already a member.
       **/
      AlreadyMember: AugmentedError<ApiType>;
      /**
       * Not a member.
       **/
      NotMember: AugmentedError<ApiType>;
      /**
       * Too many members.
       **/
      TooManyMembers: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    utility: {
      /**
       * Too many calls batched.
       **/
      TooManyCalls: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    validatorSet: {
      /**
       * The account is in the set already.
       **/
      AlreadyValidator: AugmentedError<ApiType>;
      /**
       * The account registered no session keys (`session.setKeys`): it could not author.
       **/
      NoSessionKeys: AugmentedError<ApiType>;
      /**
       * The account is not in the set.
       **/
      NotValidator: AugmentedError<ApiType>;
      /**
       * The account is in the set, or validates in this session or the next: its keys are
       * in use. A validator leaves through the council first.
       **/
      StillValidating: AugmentedError<ApiType>;
      /**
       * Removing the validator would leave fewer than `MinValidators`.
       **/
      TooFewValidators: AugmentedError<ApiType>;
      /**
       * The set has `MaxValidators` validators already.
       **/
      TooManyValidators: AugmentedError<ApiType>;
      /**
       * An offline threshold must be at least one session.
       **/
      ZeroOfflineThreshold: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    vehicleRegistry: {
      /**
       * Blocks a transfer: a lien is recorded.
       **/
      ActiveLien: AugmentedError<ApiType>;
      /**
       * The fine is under dispute already.
       **/
      AlreadyDisputed: AugmentedError<ApiType>;
      /**
       * The vehicle is flagged stolen already.
       **/
      AlreadyStolen: AugmentedError<ApiType>;
      /**
       * The dispute window has closed.
       **/
      DisputeWindowClosed: AugmentedError<ApiType>;
      /**
       * An empty make or model.
       **/
      EmptyText: AugmentedError<ApiType>;
      /**
       * No unpaid fine has that id.
       **/
      FineNotFound: AugmentedError<ApiType>;
      /**
       * The police flagged the vehicle stolen: only the police clear the flag, and the
       * vehicle is not deregistered while it stands.
       **/
      FlaggedByPolice: AugmentedError<ApiType>;
      /**
       * A deadline that is not in the future.
       **/
      InvalidDeadline: AugmentedError<ApiType>;
      /**
       * Not a plate the city issues (2 or more of 0-9, A-Z, `-`).
       **/
      InvalidPlate: AugmentedError<ApiType>;
      /**
       * Not a VIN: not 17 characters, a character outside 0-9 and A-Z or one of I, O, Q,
       * or (for a North American VIN) a wrong check digit.
       **/
      InvalidVin: AugmentedError<ApiType>;
      /**
       * A model year outside [`FIRST_MODEL_YEAR`] to [`LAST_MODEL_YEAR`].
       **/
      InvalidYear: AugmentedError<ApiType>;
      /**
       * A lien is recorded already.
       **/
      LienExists: AugmentedError<ApiType>;
      /**
       * No lien is recorded, or not by the caller.
       **/
      NoLien: AugmentedError<ApiType>;
      /**
       * The owner has not consented to a lien by this lender.
       **/
      NoLienConsent: AugmentedError<ApiType>;
      /**
       * No offer is open for the vehicle.
       **/
      NoOffer: AugmentedError<ApiType>;
      /**
       * Only residents register vehicles.
       **/
      NotAResident: AugmentedError<ApiType>;
      /**
       * The fine is not under dispute.
       **/
      NotDisputed: AugmentedError<ApiType>;
      /**
       * The odometer is not flagged.
       **/
      NotFlagged: AugmentedError<ApiType>;
      /**
       * Only the owner may do that.
       **/
      NotOwner: AugmentedError<ApiType>;
      /**
       * The vehicle is not flagged stolen.
       **/
      NotStolen: AugmentedError<ApiType>;
      /**
       * The offer is to someone else.
       **/
      NotTheBuyer: AugmentedError<ApiType>;
      /**
       * The owner cannot offer the vehicle to themselves.
       **/
      OfferToSelf: AugmentedError<ApiType>;
      /**
       * Blocks a renewal: a fine is unpaid past its deadline.
       **/
      OverdueFine: AugmentedError<ApiType>;
      /**
       * The plate was freed recently; it is issued again after the cool-down.
       **/
      PlateCoolingDown: AugmentedError<ApiType>;
      /**
       * Another vehicle has that plate.
       **/
      PlateTaken: AugmentedError<ApiType>;
      /**
       * The price is not the offer's.
       **/
      PriceMismatch: AugmentedError<ApiType>;
      /**
       * Blocks a transfer: the registration has expired.
       **/
      RegistrationExpired: AugmentedError<ApiType>;
      /**
       * The vehicle has the most unpaid fines it may.
       **/
      TooManyFines: AugmentedError<ApiType>;
      /**
       * The vehicle has the most permits it may.
       **/
      TooManyPermits: AugmentedError<ApiType>;
      /**
       * The account owns the most vehicles it may.
       **/
      TooManyVehicles: AugmentedError<ApiType>;
      /**
       * Blocks a transfer or deregistration: the vehicle has an unpaid fine (open or
       * disputed, due or overdue). Pay it, or have it dismissed, first.
       **/
      UnpaidFines: AugmentedError<ApiType>;
      /**
       * A re-import's make, model or year differs from the exported vehicle's record.
       **/
      VehicleDataMismatch: AugmentedError<ApiType>;
      /**
       * No vehicle has that id (or plate).
       **/
      VehicleNotFound: AugmentedError<ApiType>;
      /**
       * Blocks a transfer or renewal: the vehicle is flagged stolen.
       **/
      VehicleStolen: AugmentedError<ApiType>;
      /**
       * That VIN belongs to a scrapped vehicle: it never comes back.
       **/
      VinScrapped: AugmentedError<ApiType>;
      /**
       * That VIN is pending or registered already.
       **/
      VinTaken: AugmentedError<ApiType>;
      /**
       * The vehicle is not in the state the call needs (pending, or registered).
       **/
      WrongStatus: AugmentedError<ApiType>;
      /**
       * Zero permit periods, or a zero fine.
       **/
      ZeroAmount: AugmentedError<ApiType>;
      /**
       * Permits are not sold for that zone.
       **/
      ZoneNotFound: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
  } // AugmentedErrors
} // declare module

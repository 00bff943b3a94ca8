// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/consts';

import type { ApiTypes, AugmentedConst } from '@polkadot/api-base/types';
import type { bool, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { Codec } from '@polkadot/types-codec/types';
import type { Perbill, Permill } from '@polkadot/types/interfaces/runtime';
import type { FrameSupportPalletId, FrameSystemLimitsBlockLength, FrameSystemLimitsBlockWeights, PalletGovernancePeriodsGovernancePeriods, SpVersionRuntimeVersion, SpWeightsRuntimeDbWeight, SpWeightsWeightV2Weight } from '@polkadot/types/lookup';

export type __AugmentedConst<ApiType extends ApiTypes> = AugmentedConst<ApiType>;

declare module '@polkadot/api-base/types/consts' {
  interface AugmentedConsts<ApiType extends ApiTypes> {
    aura: {
      /**
       * The slot duration Aura should run with, expressed in milliseconds.
       * 
       * The effective value of this type can be changed with a runtime upgrade.
       * 
       * For backwards compatibility either use [`MinimumPeriodTimesTwo`] or a const.
       **/
      slotDuration: u64 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    balances: {
      /**
       * The minimum amount required to keep an account open. MUST BE GREATER THAN ZERO!
       * 
       * If you *really* need it to be zero, you can enable the feature `insecure_zero_ed` for
       * this pallet. However, you do so at your own risk: this will open up a major DoS vector.
       * In case you have multiple sources of provider references, you may also get unexpected
       * behaviour if you set this to zero.
       * 
       * Bottom line: Do yourself a favour and make it at least one!
       **/
      existentialDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * The maximum number of individual freeze locks that can exist on an account at any time.
       **/
      maxFreezes: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of locks that should exist on an account.
       * Not strictly enforced, but used for weight estimation.
       * 
       * Use of locks is deprecated in favour of freezes. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      maxLocks: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of named reserves that can exist on an account.
       * 
       * Use of reserves is deprecated in favour of holds. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      maxReserves: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    bonds: {
      /**
       * How long a series may stay in arrears before anyone may declare it in default.
       **/
      gracePeriod: u32 & AugmentedConst<ApiType>;
      /**
       * The deposit held for each holding (one account's units of one series) from whoever
       * creates it, returned when it goes.
       **/
      holdingDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * The highest coupon rate, a year, that `IssueOrigin` may issue at (a series' rate per
       * period scaled to [`Config::Year`]). Root is not bound by it.
       **/
      maxAnnualCouponRate: Perbill & AugmentedConst<ApiType>;
      /**
       * The longest series name, in bytes.
       **/
      maxNameLen: u32 & AugmentedConst<ApiType>;
      /**
       * The most coupon periods of a series.
       **/
      maxPeriods: u32 & AugmentedConst<ApiType>;
      /**
       * The shortest notice of a call, in blocks.
       **/
      minCallNotice: u32 & AugmentedConst<ApiType>;
      /**
       * A year, in blocks (to scale a coupon rate per period to a year).
       **/
      year: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    cityCoin: {
      /**
       * The highest wage per pay period a clerk may enrol someone with or set.
       **/
      clerkWageCap: u128 & AugmentedConst<ApiType>;
      /**
       * The length of an issuance period, in blocks (at least one).
       **/
      issuancePeriod: u32 & AugmentedConst<ApiType>;
      /**
       * The most employees on the payroll.
       **/
      maxEmployees: u32 & AugmentedConst<ApiType>;
      /**
       * The longest service name, in bytes.
       **/
      maxServiceNameLen: u32 & AugmentedConst<ApiType>;
      /**
       * The most services in the catalogue.
       **/
      maxServices: u32 & AugmentedConst<ApiType>;
      /**
       * The length of a pay period, in blocks (at least one).
       **/
      payPeriod: u32 & AugmentedConst<ApiType>;
      /**
       * Employees paid per block during a payroll run (at least one).
       **/
      payrollBatch: u32 & AugmentedConst<ApiType>;
      /**
       * How long a receipt stays in storage, in blocks.
       **/
      receiptRetention: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    council: {
      /**
       * The maximum weight of a dispatch call that can be proposed and executed.
       **/
      maxProposalWeight: SpWeightsWeightV2Weight & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    democracy: {
      /**
       * Period in blocks where an external proposal may not be re-submitted after being vetoed.
       **/
      cooloffPeriod: u32 & AugmentedConst<ApiType>;
      /**
       * The period between a proposal being approved and enacted.
       * 
       * It should generally be a little more than the unstake period to ensure that
       * voting stakers have an opportunity to remove themselves from the system in the case
       * where they are on the losing side of a vote.
       **/
      enactmentPeriod: u32 & AugmentedConst<ApiType>;
      /**
       * Minimum voting period allowed for a fast-track referendum.
       **/
      fastTrackVotingPeriod: u32 & AugmentedConst<ApiType>;
      /**
       * Indicator for whether an emergency origin is even allowed to happen. Some chains may
       * want to set this permanently to `false`, others may want to condition it on things such
       * as an upgrade having happened recently.
       **/
      instantAllowed: bool & AugmentedConst<ApiType>;
      /**
       * How often (in blocks) new public referenda are launched.
       **/
      launchPeriod: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of items which can be blacklisted.
       **/
      maxBlacklisted: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of deposits a public proposal may have at any time.
       **/
      maxDeposits: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of public proposals that can exist at any time.
       **/
      maxProposals: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of votes for an account.
       * 
       * Also used to compute weight, an overly big value can
       * lead to extrinsic with very big weight: see `delegate` for instance.
       **/
      maxVotes: u32 & AugmentedConst<ApiType>;
      /**
       * The minimum amount to be used as a deposit for a public referendum proposal.
       **/
      minimumDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * The minimum period of vote locking.
       * 
       * It should be no shorter than enactment period to ensure that in the case of an approval,
       * those successful voters are locked into the consequences that their votes entail.
       **/
      voteLockingPeriod: u32 & AugmentedConst<ApiType>;
      /**
       * How often (in blocks) to check for new votes.
       **/
      votingPeriod: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    governancePeriods: {
      /**
       * The periods of a production chain, used while genesis set none.
       **/
      productionPeriods: PalletGovernancePeriodsGovernancePeriods & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    grandpa: {
      /**
       * Max Authorities in use
       **/
      maxAuthorities: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of nominators for each validator.
       **/
      maxNominators: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of entries to keep in the set id to session index mapping.
       * 
       * Since the `SetIdSession` map is only used for validating equivocations this
       * value should relate to the bonding duration of whatever staking system is
       * being used (if any). If equivocation handling is not enabled then this value
       * can be zero.
       **/
      maxSetIdSessionEntries: u64 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    identityRegistry: {
      /**
       * The most accounts acting for one issuer.
       **/
      maxAccountsPerIssuer: u32 & AugmentedConst<ApiType>;
      /**
       * The most live credentials one subject holds from one issuer (the council counts as
       * one issuer): at most `MaxCredentialsPerSubject`, and less, so that no single issuer
       * can fill a subject's list.
       **/
      maxCredentialsPerIssuer: u32 & AugmentedConst<ApiType>;
      /**
       * The most live credentials one subject holds: active, suspended, or expired and not
       * yet pruned. Revoked and erased ones leave the subject's list (they stay on record).
       **/
      maxCredentialsPerSubject: u32 & AugmentedConst<ApiType>;
      /**
       * The longest issuer name, in bytes.
       **/
      maxIssuerNameLen: u32 & AugmentedConst<ApiType>;
      /**
       * The most issuers registered at once.
       **/
      maxIssuers: u32 & AugmentedConst<ApiType>;
      /**
       * The most kinds one issuer may issue.
       **/
      maxKindsPerIssuer: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    iotAnchors: {
      /**
       * How many blocks an anchor stays valid in the pool.
       **/
      anchorLongevity: u64 & AugmentedConst<ApiType>;
      /**
       * The priority of anchors in the transaction pool.
       **/
      anchorPriority: u64 & AugmentedConst<ApiType>;
      /**
       * The deposit for a device and its ring of anchors.
       **/
      deviceDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * How far behind chain time an anchor's timestamp may be, in ms.
       **/
      freshnessWindow: u64 & AugmentedConst<ApiType>;
      /**
       * Anchors kept in storage per device (older ones live on in events).
       **/
      maxAnchorsKept: u32 & AugmentedConst<ApiType>;
      /**
       * The most weight all anchors of one block take together (each counted as
       * [`Pallet::anchor_cost`]); anchors beyond it wait for the next block.
       **/
      maxAnchorWeight: SpWeightsWeightV2Weight & AugmentedConst<ApiType>;
      /**
       * How far ahead of chain time an anchor's timestamp may be, in ms.
       **/
      maxClockDrift: u64 & AugmentedConst<ApiType>;
      /**
       * The most geohash characters a meter's location keeps (its household's privacy).
       **/
      maxMeterPrecision: u32 & AugmentedConst<ApiType>;
      /**
       * The most readings one anchor stands for.
       **/
      maxReadingsPerAnchor: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    multisig: {
      /**
       * The base amount of currency needed to reserve for creating a multisig execution or to
       * store a dispatch call for later.
       * 
       * This is held for an additional storage item whose value size is
       * `4 + sizeof((BlockNumber, Balance, AccountId))` bytes and whose key size is
       * `32 + sizeof(AccountId)` bytes.
       **/
      depositBase: u128 & AugmentedConst<ApiType>;
      /**
       * The amount of currency needed per unit threshold when creating a multisig execution.
       * 
       * This is held for adding 32 bytes more into a pre-existing storage value.
       **/
      depositFactor: u128 & AugmentedConst<ApiType>;
      /**
       * The maximum amount of signatories allowed in the multisig.
       **/
      maxSignatories: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    proxy: {
      /**
       * The base amount of currency needed to reserve for creating an announcement.
       * 
       * This is held when a new storage item holding a `Balance` is created (typically 16
       * bytes).
       **/
      announcementDepositBase: u128 & AugmentedConst<ApiType>;
      /**
       * The amount of currency needed per announcement made.
       * 
       * This is held for adding an `AccountId`, `Hash` and `BlockNumber` (typically 68 bytes)
       * into a pre-existing storage value.
       **/
      announcementDepositFactor: u128 & AugmentedConst<ApiType>;
      /**
       * The maximum amount of time-delayed announcements that are allowed to be pending.
       **/
      maxPending: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum amount of proxies allowed for a single account.
       **/
      maxProxies: u32 & AugmentedConst<ApiType>;
      /**
       * The base amount of currency needed to reserve for creating a proxy.
       * 
       * This is held for an additional storage item whose value size is
       * `sizeof(Balance)` bytes and whose key size is `sizeof(AccountId)` bytes.
       **/
      proxyDepositBase: u128 & AugmentedConst<ApiType>;
      /**
       * The amount of currency needed per proxy added.
       * 
       * This is held for adding 32 bytes plus an instance of `ProxyType` more into a
       * pre-existing storage value. Thus, when configuring `ProxyDepositFactor` one should take
       * into account `32 + proxy_type.encode().len()` bytes of data.
       **/
      proxyDepositFactor: u128 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    reserveFund: {
      /**
       * How long, in blocks, the council may dispute a certified milestone before it can be
       * paid.
       **/
      challengePeriod: u32 & AugmentedConst<ApiType>;
      /**
       * The length of a fiscal period, in blocks (at least one).
       **/
      fiscalPeriod: u32 & AugmentedConst<ApiType>;
      /**
       * How many categories may have a budget.
       **/
      maxBudgets: u32 & AugmentedConst<ApiType>;
      /**
       * The most milestones a contract has.
       **/
      maxMilestones: u32 & AugmentedConst<ApiType>;
      /**
       * The fund's account is derived from it.
       **/
      palletId: FrameSupportPalletId & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    scheduler: {
      /**
       * The maximum weight that may be scheduled per block for any dispatchables.
       **/
      maximumWeight: SpWeightsWeightV2Weight & AugmentedConst<ApiType>;
      /**
       * The maximum number of scheduled calls in the queue for a single block.
       * 
       * NOTE:
       * + Dependent pallets' benchmarks might require a higher limit for the setting. Set a
       * higher limit under `runtime-benchmarks` feature.
       **/
      maxScheduledPerBlock: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    session: {
      /**
       * The amount to be held when setting keys.
       **/
      keyDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    system: {
      /**
       * Maximum number of block number to block hash mappings to keep (oldest pruned first).
       **/
      blockHashCount: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum length of a block (in bytes).
       **/
      blockLength: FrameSystemLimitsBlockLength & AugmentedConst<ApiType>;
      /**
       * Block & extrinsics weights: base values and limits.
       **/
      blockWeights: FrameSystemLimitsBlockWeights & AugmentedConst<ApiType>;
      /**
       * The weight of runtime database operations the runtime can invoke.
       **/
      dbWeight: SpWeightsRuntimeDbWeight & AugmentedConst<ApiType>;
      /**
       * The designated SS58 prefix of this chain.
       * 
       * This replaces the "ss58Format" property declared in the chain spec. Reason is
       * that the runtime should know about the prefix in order to make use of it as
       * an identifier of the chain.
       **/
      ss58Prefix: u16 & AugmentedConst<ApiType>;
      /**
       * Get the chain's in-code version.
       **/
      version: SpVersionRuntimeVersion & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    technicalCommittee: {
      /**
       * The maximum weight of a dispatch call that can be proposed and executed.
       **/
      maxProposalWeight: SpWeightsWeightV2Weight & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    timestamp: {
      /**
       * The minimum period between blocks.
       * 
       * Be aware that this is different to the *expected* period that the block production
       * apparatus provides. Your chosen consensus system will generally work with this to
       * determine a sensible block time. For example, in the Aura pallet it will be double this
       * period on default settings.
       **/
      minimumPeriod: u64 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    transactionPayment: {
      /**
       * A fee multiplier for `Operational` extrinsics to compute "virtual tip" to boost their
       * `priority`
       * 
       * This value is multiplied by the `final_fee` to obtain a "virtual tip" that is later
       * added to a tip component in regular `priority` calculations.
       * It means that a `Normal` transaction can front-run a similarly-sized `Operational`
       * extrinsic (with no tip), by including a tip value greater than the virtual tip.
       * 
       * ```rust,ignore
       * // For `Normal`
       * let priority = priority_calc(tip);
       * 
       * // For `Operational`
       * let virtual_tip = (inclusion_fee + tip) * OperationalFeeMultiplier;
       * let priority = priority_calc(tip + virtual_tip);
       * ```
       * 
       * Note that since we use `final_fee` the multiplier applies also to the regular `tip`
       * sent with the transaction. So, not only does the transaction get a priority bump based
       * on the `inclusion_fee`, but we also amplify the impact of tips applied to `Operational`
       * transactions.
       **/
      operationalFeeMultiplier: u8 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    utility: {
      /**
       * The limit on the number of batched calls.
       **/
      batchedCallsLimit: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    validatorSet: {
      /**
       * A session's length on a chain whose genesis set none (production).
       **/
      defaultSessionLength: u32 & AugmentedConst<ApiType>;
      /**
       * The most validators the set may have (the consensus pallets' `MaxAuthorities`).
       **/
      maxValidators: u32 & AugmentedConst<ApiType>;
      /**
       * The fewest validators the set may have: removals stop there.
       **/
      minValidators: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    vehicleRegistry: {
      /**
       * How long after a fine is issued its owner may dispute it.
       **/
      disputeWindow: u32 & AugmentedConst<ApiType>;
      /**
       * How long a passed inspection is valid.
       **/
      inspectionValidity: u32 & AugmentedConst<ApiType>;
      /**
       * The most unpaid fines of one vehicle.
       **/
      maxFinesPerVehicle: u32 & AugmentedConst<ApiType>;
      /**
       * Inspections kept in storage per vehicle (older ones live on in events).
       **/
      maxInspections: u32 & AugmentedConst<ApiType>;
      /**
       * Permits of one vehicle not yet expired.
       **/
      maxPermits: u32 & AugmentedConst<ApiType>;
      /**
       * The longest plate, in bytes.
       **/
      maxPlateLen: u32 & AugmentedConst<ApiType>;
      /**
       * The longest make or model, in bytes.
       **/
      maxTextLen: u32 & AugmentedConst<ApiType>;
      /**
       * The most vehicles one account owns or has applied for.
       **/
      maxVehiclesPerOwner: u32 & AugmentedConst<ApiType>;
      /**
       * The least transfer tax (for gifts and low prices).
       **/
      minTransferTax: u128 & AugmentedConst<ApiType>;
      /**
       * The length of one parking-permit period, in blocks.
       **/
      permitPeriod: u32 & AugmentedConst<ApiType>;
      /**
       * How long a freed plate waits before it is issued again.
       **/
      plateCooldown: u32 & AugmentedConst<ApiType>;
      /**
       * The fee of an application, paid into the reserve fund.
       **/
      registrationFee: u128 & AugmentedConst<ApiType>;
      /**
       * How long a registration (or a renewal) lasts, in blocks.
       **/
      registrationPeriod: u32 & AugmentedConst<ApiType>;
      /**
       * The fee of a renewal.
       **/
      renewalFee: u128 & AugmentedConst<ApiType>;
      /**
       * The transfer tax, as a share of the price.
       **/
      transferTax: Permill & AugmentedConst<ApiType>;
      /**
       * The deposit held for a vehicle's record.
       **/
      vehicleDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
  } // AugmentedConsts
} // declare module

// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/events';

import type { ApiTypes, AugmentedEvent } from '@polkadot/api-base/types';
import type { Bytes, Null, Option, Result, Struct, U8aFixed, Vec, bool, i64, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, H256, Perbill, Permill } from '@polkadot/types/interfaces/runtime';
import type { CityPrimitivesCredentialsCredentialKind, CityPrimitivesCredentialsDepartment, CityPrimitivesMeteringMeterKind, CityPrimitivesTreasuryInflow, CityPrimitivesTreasuryObligation, CityPrimitivesTreasurySpendCategory, CityRuntimeConfigsAccountsProxyType, CityRuntimeRuntimeHoldReason, FrameSupportTokensMiscBalanceStatus, FrameSystemDispatchEventInfo, PalletBalancesUnexpectedKind, PalletDemocracyMetadataOwner, PalletDemocracyVoteAccountVote, PalletDemocracyVoteThreshold, PalletIdentityRegistryIssuedBy, PalletIdentityRegistryRevocationReason, PalletIdentityRegistrySuspensionReason, PalletIotAnchorsDeviceKey, PalletIotAnchorsDeviceKind, PalletIotAnchorsDevicePolicy, PalletIotAnchorsSummary, PalletMultisigTimepoint, PalletProxyDepositKind, PalletVehicleRegistryDeregistrationReason, SpConsensusGrandpaAppPublic, SpRuntimeDispatchError } from '@polkadot/types/lookup';

export type __AugmentedEvent<ApiType extends ApiTypes> = AugmentedEvent<ApiType>;

declare module '@polkadot/api-base/types/events' {
  interface AugmentedEvents<ApiType extends ApiTypes> {
    balances: {
      /**
       * A balance was set by root.
       **/
      BalanceSet: AugmentedEvent<ApiType, [who: AccountId32, free: u128], { who: AccountId32, free: u128 }>;
      /**
       * Some amount was burned from an account.
       **/
      Burned: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some debt has been dropped from the Total Issuance.
       **/
      BurnedDebt: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Held balance was burned from an account.
       **/
      BurnedHeld: AugmentedEvent<ApiType, [reason: CityRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: CityRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Some amount was deposited (e.g. for transaction fees).
       **/
      Deposit: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * An account was removed whose balance was non-zero but below ExistentialDeposit,
       * resulting in an outright loss.
       **/
      DustLost: AugmentedEvent<ApiType, [account: AccountId32, amount: u128], { account: AccountId32, amount: u128 }>;
      /**
       * An account was created with some free balance.
       **/
      Endowed: AugmentedEvent<ApiType, [account: AccountId32, freeBalance: u128], { account: AccountId32, freeBalance: u128 }>;
      /**
       * Some balance was frozen.
       **/
      Frozen: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was placed on hold.
       **/
      Held: AugmentedEvent<ApiType, [reason: CityRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: CityRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Total issuance was increased by `amount`, creating a credit to be balanced.
       **/
      Issued: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was locked.
       **/
      Locked: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was minted into an account.
       **/
      Minted: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some credit was balanced and added to the TotalIssuance.
       **/
      MintedCredit: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was released from hold.
       **/
      Released: AugmentedEvent<ApiType, [reason: CityRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: CityRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Total issuance was decreased by `amount`, creating a debt to be balanced.
       **/
      Rescinded: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was reserved (moved from free to reserved).
       **/
      Reserved: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was moved from the reserve of the first account to the second account.
       * Final argument indicates the destination balance type.
       **/
      ReserveRepatriated: AugmentedEvent<ApiType, [from: AccountId32, to: AccountId32, amount: u128, destinationStatus: FrameSupportTokensMiscBalanceStatus], { from: AccountId32, to: AccountId32, amount: u128, destinationStatus: FrameSupportTokensMiscBalanceStatus }>;
      /**
       * Some amount was restored into an account.
       **/
      Restored: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was removed from the account (e.g. for misbehavior).
       **/
      Slashed: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was suspended from an account (it can be restored later).
       **/
      Suspended: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was thawed.
       **/
      Thawed: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * The `TotalIssuance` was forcefully changed.
       **/
      TotalIssuanceForced: AugmentedEvent<ApiType, [old: u128, new_: u128], { old: u128, new_: u128 }>;
      /**
       * Transfer succeeded.
       **/
      Transfer: AugmentedEvent<ApiType, [from: AccountId32, to: AccountId32, amount: u128], { from: AccountId32, to: AccountId32, amount: u128 }>;
      /**
       * The `transferred` balance is placed on hold at the `dest` account.
       **/
      TransferAndHold: AugmentedEvent<ApiType, [reason: CityRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, transferred: u128], { reason: CityRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, transferred: u128 }>;
      /**
       * A transfer of `amount` on hold from `source` to `dest` was initiated.
       **/
      TransferOnHold: AugmentedEvent<ApiType, [reason: CityRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, amount: u128], { reason: CityRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, amount: u128 }>;
      /**
       * An unexpected/defensive event was triggered.
       **/
      Unexpected: AugmentedEvent<ApiType, [PalletBalancesUnexpectedKind]>;
      /**
       * Some balance was unlocked.
       **/
      Unlocked: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was unreserved (moved from reserved to free).
       **/
      Unreserved: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * An account was upgraded.
       **/
      Upgraded: AugmentedEvent<ApiType, [who: AccountId32], { who: AccountId32 }>;
      /**
       * Some amount was withdrawn from the account (e.g. for transaction fees).
       **/
      Withdraw: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    bonds: {
      /**
       * Every due coupon is set aside again.
       **/
      ArrearsCleared: AugmentedEvent<ApiType, [id: u32], { id: u32 }>;
      /**
       * A due coupon could not be set aside: the series is in arrears.
       **/
      ArrearsStarted: AugmentedEvent<ApiType, [id: u32, period: u32], { id: u32, period: u32 }>;
      /**
       * Coupons were paid to a holder.
       **/
      CouponsClaimed: AugmentedEvent<ApiType, [id: u32, who: AccountId32, amount: u128], { id: u32, who: AccountId32, amount: u128 }>;
      /**
       * Root set the debt ceiling.
       **/
      DebtCeilingSet: AugmentedEvent<ApiType, [ceiling: u128], { ceiling: u128 }>;
      /**
       * A subscriber of a cancelled series took their money back.
       **/
      Reclaimed: AugmentedEvent<ApiType, [id: u32, who: AccountId32, amount: u128], { id: u32, who: AccountId32, amount: u128 }>;
      /**
       * A holder redeemed units after maturity.
       **/
      Redeemed: AugmentedEvent<ApiType, [id: u32, who: AccountId32, units: u32, principal: u128], { id: u32, who: AccountId32, units: u32, principal: u128 }>;
      /**
       * The window closed with at least the minimum sold: coupons accrue from now.
       **/
      SeriesActivated: AugmentedEvent<ApiType, [id: u32, sold: u32], { id: u32, sold: u32 }>;
      /**
       * The council called the series: it matures at `at`, redeemed at `price` per unit.
       **/
      SeriesCalled: AugmentedEvent<ApiType, [id: u32, at: u32, price: u128], { id: u32, at: u32, price: u128 }>;
      /**
       * The window closed below the minimum: subscribers reclaim.
       **/
      SeriesCancelled: AugmentedEvent<ApiType, [id: u32, sold: u32], { id: u32, sold: u32 }>;
      /**
       * Every unit of the series was redeemed or reclaimed, every coupon paid.
       **/
      SeriesClosed: AugmentedEvent<ApiType, [id: u32], { id: u32 }>;
      /**
       * The series stayed in arrears beyond the grace period.
       **/
      SeriesDefaulted: AugmentedEvent<ApiType, [id: u32, arrearsSince: u32], { id: u32, arrearsSince: u32 }>;
      /**
       * A series was issued; its subscription window is open.
       **/
      SeriesIssued: AugmentedEvent<ApiType, [id: u32, units: u32, face: u128, byRoot: bool], { id: u32, units: u32, face: u128, byRoot: bool }>;
      /**
       * Units were bought.
       **/
      Subscribed: AugmentedEvent<ApiType, [id: u32, who: AccountId32, units: u32, paid: u128], { id: u32, who: AccountId32, units: u32, paid: u128 }>;
      /**
       * Units changed hands.
       **/
      Transferred: AugmentedEvent<ApiType, [id: u32, from: AccountId32, to: AccountId32, units: u32], { id: u32, from: AccountId32, to: AccountId32, units: u32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    cityCoin: {
      /**
       * The consumer disputed an open bill, with the hash of their evidence.
       **/
      BillDisputed: AugmentedEvent<ApiType, [consumer: AccountId32, meter: H256, evidence: H256], { consumer: AccountId32, meter: H256, evidence: H256 }>;
      /**
       * A meter reading was billed; `paid` says whether the consumer paid it at once (if
       * not, it was added to the meter's open bill).
       **/
      Billed: AugmentedEvent<ApiType, [consumer: AccountId32, meter: H256, kind: CityPrimitivesMeteringMeterKind, units: u64, amount: u128, paid: bool], { consumer: AccountId32, meter: H256, kind: CityPrimitivesMeteringMeterKind, units: u64, amount: u128, paid: bool }>;
      /**
       * A reading above its kind's plausible use (`cap`: the units allowed for the time it
       * covers; `None`: the kind has no cap) was not paid at once: the meter's open bill
       * holds it for the council.
       **/
      BillHeld: AugmentedEvent<ApiType, [consumer: AccountId32, meter: H256, units: u64, amount: u128, cap: Option<u64>], { consumer: AccountId32, meter: H256, units: u64, amount: u128, cap: Option<u64> }>;
      /**
       * The council resolved an open bill to `amount` (zero: the bill is gone).
       **/
      BillResolved: AugmentedEvent<ApiType, [consumer: AccountId32, meter: H256, amount: u128], { consumer: AccountId32, meter: H256, amount: u128 }>;
      /**
       * An open bill was paid.
       **/
      BillSettled: AugmentedEvent<ApiType, [consumer: AccountId32, meter: H256, payer: AccountId32, amount: u128], { consumer: AccountId32, meter: H256, payer: AccountId32, amount: u128 }>;
      /**
       * CITY was destroyed from the reserve fund's free funds.
       **/
      Burned: AugmentedEvent<ApiType, [amount: u128, reference: H256, byRoot: bool], { amount: u128, reference: H256, byRoot: bool }>;
      /**
       * An employee left; their arrears will still be paid.
       **/
      EmployeeDeparted: AugmentedEvent<ApiType, [who: AccountId32, arrears: u128], { who: AccountId32, arrears: u128 }>;
      /**
       * An employee joined the payroll.
       **/
      EmployeeEnrolled: AugmentedEvent<ApiType, [who: AccountId32, department: CityPrimitivesCredentialsDepartment, role: u16, wage: u128], { who: AccountId32, department: CityPrimitivesCredentialsDepartment, role: u16, wage: u128 }>;
      /**
       * An employee's record was removed (left, nothing owed).
       **/
      EmployeeRemoved: AugmentedEvent<ApiType, [who: AccountId32], { who: AccountId32 }>;
      /**
       * Root set the council's mint cap.
       **/
      MintCapSet: AugmentedEvent<ApiType, [cap: Perbill], { cap: Perbill }>;
      /**
       * CITY was created.
       **/
      Minted: AugmentedEvent<ApiType, [to: AccountId32, amount: u128, reference: H256, byRoot: bool], { to: AccountId32, amount: u128, reference: H256, byRoot: bool }>;
      /**
       * A payroll run finished.
       **/
      PayrollCompleted: AugmentedEvent<ApiType, [period: u32, paid: u128, owed: u128], { period: u32, paid: u128, owed: u128 }>;
      /**
       * A service joined the catalogue.
       **/
      ServiceAdded: AugmentedEvent<ApiType, [id: u32, department: CityPrimitivesCredentialsDepartment, price: u128], { id: u32, department: CityPrimitivesCredentialsDepartment, price: u128 }>;
      /**
       * A service was paid for: the receipt.
       **/
      ServicePaid: AugmentedEvent<ApiType, [receipt: u64, payer: AccountId32, service: u32, price: u128, tax: u128, reference: H256], { receipt: u64, payer: AccountId32, service: u32, price: u128, tax: u128, reference: H256 }>;
      /**
       * A service's terms changed.
       **/
      ServiceUpdated: AugmentedEvent<ApiType, [id: u32, price: u128, residentOnly: bool, active: bool], { id: u32, price: u128, residentOnly: bool, active: bool }>;
      /**
       * The council set, or removed (`None`), a meter kind's tariff.
       **/
      TariffSet: AugmentedEvent<ApiType, [kind: CityPrimitivesMeteringMeterKind, price: Option<u128>], { kind: CityPrimitivesMeteringMeterKind, price: Option<u128> }>;
      /**
       * The city tax rate changed.
       **/
      TaxRateSet: AugmentedEvent<ApiType, [rate: Permill], { rate: Permill }>;
      /**
       * The council set, or removed (`None`), a meter kind's usage cap per hour.
       **/
      UsageCapSet: AugmentedEvent<ApiType, [kind: CityPrimitivesMeteringMeterKind, cap: Option<u64>], { kind: CityPrimitivesMeteringMeterKind, cap: Option<u64> }>;
      /**
       * The fund (its free funds, the `Payroll` budget or the reserve floor) could not pay
       * the wages up to `period`: they are owed as arrears, now `arrears` in all.
       **/
      WageInArrears: AugmentedEvent<ApiType, [who: AccountId32, period: u32, arrears: u128], { who: AccountId32, period: u32, arrears: u128 }>;
      /**
       * Wages (arrears first) were paid, for the pay periods up to `period`.
       **/
      WagePaid: AugmentedEvent<ApiType, [who: AccountId32, period: u32, amount: u128], { who: AccountId32, period: u32, amount: u128 }>;
      /**
       * An employee's wage changes, from pay period `from_period` on.
       **/
      WageSet: AugmentedEvent<ApiType, [who: AccountId32, wage: u128, fromPeriod: u32], { who: AccountId32, wage: u128, fromPeriod: u32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    council: {
      /**
       * A motion was approved by the required threshold.
       **/
      Approved: AugmentedEvent<ApiType, [proposalHash: H256], { proposalHash: H256 }>;
      /**
       * A proposal was closed because its threshold was reached or after its duration was up.
       **/
      Closed: AugmentedEvent<ApiType, [proposalHash: H256, yes: u32, no: u32], { proposalHash: H256, yes: u32, no: u32 }>;
      /**
       * A motion was not approved by the required threshold.
       **/
      Disapproved: AugmentedEvent<ApiType, [proposalHash: H256], { proposalHash: H256 }>;
      /**
       * A motion was executed; result will be `Ok` if it returned without error.
       **/
      Executed: AugmentedEvent<ApiType, [proposalHash: H256, result: Result<Null, SpRuntimeDispatchError>], { proposalHash: H256, result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * A proposal was killed.
       **/
      Killed: AugmentedEvent<ApiType, [proposalHash: H256], { proposalHash: H256 }>;
      /**
       * A single member did some action; result will be `Ok` if it returned without error.
       **/
      MemberExecuted: AugmentedEvent<ApiType, [proposalHash: H256, result: Result<Null, SpRuntimeDispatchError>], { proposalHash: H256, result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * Some cost for storing a proposal was burned.
       **/
      ProposalCostBurned: AugmentedEvent<ApiType, [proposalHash: H256, who: AccountId32], { proposalHash: H256, who: AccountId32 }>;
      /**
       * Some cost for storing a proposal was released.
       **/
      ProposalCostReleased: AugmentedEvent<ApiType, [proposalHash: H256, who: AccountId32], { proposalHash: H256, who: AccountId32 }>;
      /**
       * A motion (given hash) has been proposed (by given account) with a threshold (given
       * `MemberCount`).
       **/
      Proposed: AugmentedEvent<ApiType, [account: AccountId32, proposalIndex: u32, proposalHash: H256, threshold: u32], { account: AccountId32, proposalIndex: u32, proposalHash: H256, threshold: u32 }>;
      /**
       * A motion (given hash) has been voted on by given account, leaving
       * a tally (yes votes and no votes given respectively as `MemberCount`).
       **/
      Voted: AugmentedEvent<ApiType, [account: AccountId32, proposalHash: H256, voted: bool, yes: u32, no: u32], { account: AccountId32, proposalHash: H256, voted: bool, yes: u32, no: u32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    councilMembership: {
      /**
       * Phantom member, never used.
       **/
      Dummy: AugmentedEvent<ApiType, []>;
      /**
       * One of the members' keys changed.
       **/
      KeyChanged: AugmentedEvent<ApiType, []>;
      /**
       * The given member was added; see the transaction for who.
       **/
      MemberAdded: AugmentedEvent<ApiType, []>;
      /**
       * The given member was removed; see the transaction for who.
       **/
      MemberRemoved: AugmentedEvent<ApiType, []>;
      /**
       * The membership was reset; see the transaction for who the new set is.
       **/
      MembersReset: AugmentedEvent<ApiType, []>;
      /**
       * Two members were swapped; see the transaction for who.
       **/
      MembersSwapped: AugmentedEvent<ApiType, []>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    democracy: {
      /**
       * A proposal_hash has been blacklisted permanently.
       **/
      Blacklisted: AugmentedEvent<ApiType, [proposalHash: H256], { proposalHash: H256 }>;
      /**
       * A referendum has been cancelled.
       **/
      Cancelled: AugmentedEvent<ApiType, [refIndex: u32], { refIndex: u32 }>;
      /**
       * An account has delegated their vote to another account.
       **/
      Delegated: AugmentedEvent<ApiType, [who: AccountId32, target: AccountId32], { who: AccountId32, target: AccountId32 }>;
      /**
       * An external proposal has been tabled.
       **/
      ExternalTabled: AugmentedEvent<ApiType, []>;
      /**
       * Metadata for a proposal or a referendum has been cleared.
       **/
      MetadataCleared: AugmentedEvent<ApiType, [owner: PalletDemocracyMetadataOwner, hash_: H256], { owner: PalletDemocracyMetadataOwner, hash_: H256 }>;
      /**
       * Metadata for a proposal or a referendum has been set.
       **/
      MetadataSet: AugmentedEvent<ApiType, [owner: PalletDemocracyMetadataOwner, hash_: H256], { owner: PalletDemocracyMetadataOwner, hash_: H256 }>;
      /**
       * Metadata has been transferred to new owner.
       **/
      MetadataTransferred: AugmentedEvent<ApiType, [prevOwner: PalletDemocracyMetadataOwner, owner: PalletDemocracyMetadataOwner, hash_: H256], { prevOwner: PalletDemocracyMetadataOwner, owner: PalletDemocracyMetadataOwner, hash_: H256 }>;
      /**
       * A proposal has been rejected by referendum.
       **/
      NotPassed: AugmentedEvent<ApiType, [refIndex: u32], { refIndex: u32 }>;
      /**
       * A proposal has been approved by referendum.
       **/
      Passed: AugmentedEvent<ApiType, [refIndex: u32], { refIndex: u32 }>;
      /**
       * A proposal got canceled.
       **/
      ProposalCanceled: AugmentedEvent<ApiType, [propIndex: u32], { propIndex: u32 }>;
      /**
       * A motion has been proposed by a public account.
       **/
      Proposed: AugmentedEvent<ApiType, [proposalIndex: u32, deposit: u128], { proposalIndex: u32, deposit: u128 }>;
      /**
       * An account has seconded a proposal
       **/
      Seconded: AugmentedEvent<ApiType, [seconder: AccountId32, propIndex: u32], { seconder: AccountId32, propIndex: u32 }>;
      /**
       * A referendum has begun.
       **/
      Started: AugmentedEvent<ApiType, [refIndex: u32, threshold: PalletDemocracyVoteThreshold], { refIndex: u32, threshold: PalletDemocracyVoteThreshold }>;
      /**
       * A public proposal has been tabled for referendum vote.
       **/
      Tabled: AugmentedEvent<ApiType, [proposalIndex: u32, deposit: u128], { proposalIndex: u32, deposit: u128 }>;
      /**
       * An account has cancelled a previous delegation operation.
       **/
      Undelegated: AugmentedEvent<ApiType, [account: AccountId32], { account: AccountId32 }>;
      /**
       * An external proposal has been vetoed.
       **/
      Vetoed: AugmentedEvent<ApiType, [who: AccountId32, proposalHash: H256, until: u32], { who: AccountId32, proposalHash: H256, until: u32 }>;
      /**
       * An account has voted in a referendum
       **/
      Voted: AugmentedEvent<ApiType, [voter: AccountId32, refIndex: u32, vote: PalletDemocracyVoteAccountVote], { voter: AccountId32, refIndex: u32, vote: PalletDemocracyVoteAccountVote }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    grandpa: {
      /**
       * New authority set has been applied.
       **/
      NewAuthorities: AugmentedEvent<ApiType, [authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>], { authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>> }>;
      /**
       * Current authority set has been paused.
       **/
      Paused: AugmentedEvent<ApiType, []>;
      /**
       * Current authority set has been resumed.
       **/
      Resumed: AugmentedEvent<ApiType, []>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    identityRegistry: {
      /**
       * A subject erased their credential's commitment: only this tombstone remains.
       **/
      CredentialErased: AugmentedEvent<ApiType, [id: u64], { id: u64 }>;
      /**
       * A credential was issued.
       **/
      CredentialIssued: AugmentedEvent<ApiType, [id: u64, subject: AccountId32, kind: CityPrimitivesCredentialsCredentialKind, issuedBy: PalletIdentityRegistryIssuedBy, expiresAt: Option<u32>], { id: u64, subject: AccountId32, kind: CityPrimitivesCredentialsCredentialKind, issuedBy: PalletIdentityRegistryIssuedBy, expiresAt: Option<u32> }>;
      /**
       * A suspended credential was reinstated.
       **/
      CredentialReinstated: AugmentedEvent<ApiType, [id: u64], { id: u64 }>;
      /**
       * A credential's expiry was changed.
       **/
      CredentialRenewed: AugmentedEvent<ApiType, [id: u64, expiresAt: Option<u32>], { id: u64, expiresAt: Option<u32> }>;
      /**
       * A credential was revoked for good.
       **/
      CredentialRevoked: AugmentedEvent<ApiType, [id: u64, reason: PalletIdentityRegistryRevocationReason], { id: u64, reason: PalletIdentityRegistryRevocationReason }>;
      /**
       * A credential was suspended, for `reason`.
       **/
      CredentialSuspended: AugmentedEvent<ApiType, [id: u64, reason: PalletIdentityRegistrySuspensionReason], { id: u64, reason: PalletIdentityRegistrySuspensionReason }>;
      /**
       * `suspended` more of a removed issuer's credentials were suspended (reason
       * `IssuerRemoved`); `complete` once every one of them has been reached.
       **/
      IssuedCredentialsSuspended: AugmentedEvent<ApiType, [issuer: u32, suspended: u32, complete: bool], { issuer: u32, suspended: u32, complete: bool }>;
      /**
       * The council registered an issuer.
       **/
      IssuerRegistered: AugmentedEvent<ApiType, [issuer: u32, department: CityPrimitivesCredentialsDepartment], { issuer: u32, department: CityPrimitivesCredentialsDepartment }>;
      /**
       * The council removed an issuer; its credentials stay on record.
       **/
      IssuerRemoved: AugmentedEvent<ApiType, [issuer: u32], { issuer: u32 }>;
      /**
       * The council changed an issuer's accounts or kinds.
       **/
      IssuerUpdated: AugmentedEvent<ApiType, [issuer: u32], { issuer: u32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    iotAnchors: {
      /**
       * A batch of readings was anchored.
       **/
      Anchored: AugmentedEvent<ApiType, [device: H256, sequence: u64, root: H256, count: u32, timestamp: u64, summary: Option<PalletIotAnchorsSummary>, cumulative: Option<u64>], { device: H256, sequence: u64, root: H256, count: u32, timestamp: u64, summary: Option<PalletIotAnchorsSummary>, cumulative: Option<u64> }>;
      /**
       * `consumer` accepted: the meter bills them from the anchor after the next.
       **/
      ConsumerBound: AugmentedEvent<ApiType, [device: H256, consumer: AccountId32], { device: H256, consumer: AccountId32 }>;
      /**
       * The meter's owner asked `consumer` to accept being billed for it.
       **/
      ConsumerProposed: AugmentedEvent<ApiType, [device: H256, consumer: AccountId32], { device: H256, consumer: AccountId32 }>;
      /**
       * The meter's owner ended its binding (and any proposal): it bills nobody.
       **/
      ConsumerUnbound: AugmentedEvent<ApiType, [device: H256], { device: H256 }>;
      /**
       * An anchor's summary lies outside its kind's plausible range (kept, flagged).
       **/
      Implausible: AugmentedEvent<ApiType, [device: H256, sequence: u64, summary: PalletIotAnchorsSummary, range: {
    readonly min: i64;
    readonly max: i64;
  } & Struct], { device: H256, sequence: u64, summary: PalletIotAnchorsSummary, range: {
    readonly min: i64;
    readonly max: i64;
  } & Struct }>;
      /**
       * Its key was rotated (by its owner, or by a new owner accepting it).
       **/
      KeyRotated: AugmentedEvent<ApiType, [device: H256, key: PalletIotAnchorsDeviceKey], { device: H256, key: PalletIotAnchorsDeviceKey }>;
      /**
       * A meter's consumer used `units` since its last anchor (reported for billing).
       **/
      MeterReported: AugmentedEvent<ApiType, [device: H256, consumer: AccountId32, units: u64], { device: H256, consumer: AccountId32, units: u64 }>;
      /**
       * The meter's owner reset it: its next anchor is a baseline (`previous`: the total it
       * forgot).
       **/
      MeterReset: AugmentedEvent<ApiType, [device: H256, previous: Option<u64>], { device: H256, previous: Option<u64> }>;
      /**
       * A kind's plausible range was set (or cleared: `None`).
       **/
      PlausibleRangeSet: AugmentedEvent<ApiType, [kind: PalletIotAnchorsDeviceKind, range: Option<{
    readonly min: i64;
    readonly max: i64;
  } & Struct>], { kind: PalletIotAnchorsDeviceKind, range: Option<{
    readonly min: i64;
    readonly max: i64;
  } & Struct> }>;
      /**
       * The city set a kind's policy (or removed it: `None`).
       **/
      PolicySet: AugmentedEvent<ApiType, [kind: PalletIotAnchorsDeviceKind, policy: Option<PalletIotAnchorsDevicePolicy>], { kind: PalletIotAnchorsDeviceKind, policy: Option<PalletIotAnchorsDevicePolicy> }>;
      /**
       * A device was registered.
       **/
      Registered: AugmentedEvent<ApiType, [device: H256, owner: AccountId32, kind: PalletIotAnchorsDeviceKind, key: PalletIotAnchorsDeviceKey], { device: H256, owner: AccountId32, kind: PalletIotAnchorsDeviceKind, key: PalletIotAnchorsDeviceKey }>;
      /**
       * Its owner put it in relay mode with `relay` signing its anchors (or back to signing
       * them itself: `None`).
       **/
      RelaySet: AugmentedEvent<ApiType, [device: H256, relay: Option<PalletIotAnchorsDeviceKey>], { device: H256, relay: Option<PalletIotAnchorsDeviceKey> }>;
      /**
       * The owner resumed it.
       **/
      Resumed: AugmentedEvent<ApiType, [device: H256], { device: H256 }>;
      /**
       * The city resumed it.
       **/
      ResumedByCity: AugmentedEvent<ApiType, [device: H256], { device: H256 }>;
      /**
       * The owner revoked it: record and anchors gone, deposit returned.
       **/
      Revoked: AugmentedEvent<ApiType, [device: H256], { device: H256 }>;
      /**
       * The city revoked it for good: anchors gone, deposit returned to its owner, a
       * tombstone keeps its key and id.
       **/
      RevokedByCity: AugmentedEvent<ApiType, [device: H256], { device: H256 }>;
      /**
       * The owner suspended the device.
       **/
      Suspended: AugmentedEvent<ApiType, [device: H256], { device: H256 }>;
      /**
       * The city suspended the device: only the city resumes it.
       **/
      SuspendedByCity: AugmentedEvent<ApiType, [device: H256], { device: H256 }>;
      /**
       * The owner offered it to `to` (or withdrew the offer: `None`).
       **/
      TransferOffered: AugmentedEvent<ApiType, [device: H256, to: Option<AccountId32>], { device: H256, to: Option<AccountId32> }>;
      /**
       * `to` accepted it with a key of their own: the device and its deposit are theirs.
       **/
      Transferred: AugmentedEvent<ApiType, [device: H256, from: AccountId32, to: AccountId32], { device: H256, from: AccountId32, to: AccountId32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    multisig: {
      /**
       * The deposit for a multisig operation has been updated/poked.
       **/
      DepositPoked: AugmentedEvent<ApiType, [who: AccountId32, callHash: U8aFixed, oldDeposit: u128, newDeposit: u128], { who: AccountId32, callHash: U8aFixed, oldDeposit: u128, newDeposit: u128 }>;
      /**
       * A multisig operation has been approved by someone.
       **/
      MultisigApproval: AugmentedEvent<ApiType, [approving: AccountId32, timepoint: PalletMultisigTimepoint, multisig: AccountId32, callHash: U8aFixed], { approving: AccountId32, timepoint: PalletMultisigTimepoint, multisig: AccountId32, callHash: U8aFixed }>;
      /**
       * A multisig operation has been cancelled.
       **/
      MultisigCancelled: AugmentedEvent<ApiType, [cancelling: AccountId32, timepoint: PalletMultisigTimepoint, multisig: AccountId32, callHash: U8aFixed], { cancelling: AccountId32, timepoint: PalletMultisigTimepoint, multisig: AccountId32, callHash: U8aFixed }>;
      /**
       * A multisig operation has been executed.
       **/
      MultisigExecuted: AugmentedEvent<ApiType, [approving: AccountId32, timepoint: PalletMultisigTimepoint, multisig: AccountId32, callHash: U8aFixed, result: Result<Null, SpRuntimeDispatchError>], { approving: AccountId32, timepoint: PalletMultisigTimepoint, multisig: AccountId32, callHash: U8aFixed, result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * A new multisig operation has begun.
       **/
      NewMultisig: AugmentedEvent<ApiType, [approving: AccountId32, multisig: AccountId32, callHash: U8aFixed], { approving: AccountId32, multisig: AccountId32, callHash: U8aFixed }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    preimage: {
      /**
       * A preimage has ben cleared.
       **/
      Cleared: AugmentedEvent<ApiType, [hash_: H256], { hash_: H256 }>;
      /**
       * A preimage has been noted.
       **/
      Noted: AugmentedEvent<ApiType, [hash_: H256], { hash_: H256 }>;
      /**
       * A preimage has been requested.
       **/
      Requested: AugmentedEvent<ApiType, [hash_: H256], { hash_: H256 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    proxy: {
      /**
       * An announcement was placed to make a call in the future.
       **/
      Announced: AugmentedEvent<ApiType, [real: AccountId32, proxy: AccountId32, callHash: H256], { real: AccountId32, proxy: AccountId32, callHash: H256 }>;
      /**
       * A deposit stored for proxies or announcements was poked / updated.
       **/
      DepositPoked: AugmentedEvent<ApiType, [who: AccountId32, kind: PalletProxyDepositKind, oldDeposit: u128, newDeposit: u128], { who: AccountId32, kind: PalletProxyDepositKind, oldDeposit: u128, newDeposit: u128 }>;
      /**
       * A proxy was added.
       **/
      ProxyAdded: AugmentedEvent<ApiType, [delegator: AccountId32, delegatee: AccountId32, proxyType: CityRuntimeConfigsAccountsProxyType, delay: u32], { delegator: AccountId32, delegatee: AccountId32, proxyType: CityRuntimeConfigsAccountsProxyType, delay: u32 }>;
      /**
       * A proxy was executed correctly, with the given.
       **/
      ProxyExecuted: AugmentedEvent<ApiType, [result: Result<Null, SpRuntimeDispatchError>], { result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * A proxy was removed.
       **/
      ProxyRemoved: AugmentedEvent<ApiType, [delegator: AccountId32, delegatee: AccountId32, proxyType: CityRuntimeConfigsAccountsProxyType, delay: u32], { delegator: AccountId32, delegatee: AccountId32, proxyType: CityRuntimeConfigsAccountsProxyType, delay: u32 }>;
      /**
       * A pure account has been created by new proxy with given
       * disambiguation index and proxy type.
       **/
      PureCreated: AugmentedEvent<ApiType, [pure: AccountId32, who: AccountId32, proxyType: CityRuntimeConfigsAccountsProxyType, disambiguationIndex: u16, at: u32, extrinsicIndex: u32], { pure: AccountId32, who: AccountId32, proxyType: CityRuntimeConfigsAccountsProxyType, disambiguationIndex: u16, at: u32, extrinsicIndex: u32 }>;
      /**
       * A pure proxy was killed by its spawner.
       **/
      PureKilled: AugmentedEvent<ApiType, [pure: AccountId32, spawner: AccountId32, proxyType: CityRuntimeConfigsAccountsProxyType, disambiguationIndex: u16], { pure: AccountId32, spawner: AccountId32, proxyType: CityRuntimeConfigsAccountsProxyType, disambiguationIndex: u16 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    reserveFund: {
      /**
       * The council removed a category's budget.
       **/
      BudgetRemoved: AugmentedEvent<ApiType, [category: CityPrimitivesTreasurySpendCategory], { category: CityPrimitivesTreasurySpendCategory }>;
      /**
       * The council set a category's budget for the current fiscal period onwards.
       **/
      BudgetSet: AugmentedEvent<ApiType, [category: CityPrimitivesTreasurySpendCategory, limit: u128, period: u32], { category: CityPrimitivesTreasurySpendCategory, limit: u128, period: u32 }>;
      /**
       * A contract was awarded (by `AwardOrigin` or Root); its total is set aside.
       **/
      ContractAwarded: AugmentedEvent<ApiType, [id: u32, contractor: AccountId32, total: u128], { id: u32, contractor: AccountId32, total: u128 }>;
      /**
       * `CancelOrigin` cancelled a contract; what was unpaid is released (the budget the
       * award counted in is not given back).
       **/
      ContractCancelled: AugmentedEvent<ApiType, [id: u32, released: u128], { id: u32, released: u128 }>;
      /**
       * An inspector certified a milestone; it can be paid after the challenge period.
       **/
      MilestoneCertified: AugmentedEvent<ApiType, [id: u32, milestone: u32, inspector: AccountId32], { id: u32, milestone: u32, inspector: AccountId32 }>;
      /**
       * `DisputeOrigin` disputed a certified milestone; it must be certified again.
       **/
      MilestoneDisputed: AugmentedEvent<ApiType, [id: u32, milestone: u32], { id: u32, milestone: u32 }>;
      /**
       * A milestone was paid to the contractor.
       **/
      MilestonePaid: AugmentedEvent<ApiType, [id: u32, milestone: u32, amount: u128], { id: u32, milestone: u32, amount: u128 }>;
      /**
       * The fund paid part of an obligation.
       **/
      ObligationPaid: AugmentedEvent<ApiType, [obligation: CityPrimitivesTreasuryObligation, category: CityPrimitivesTreasurySpendCategory, to: AccountId32, amount: u128, reference: H256], { obligation: CityPrimitivesTreasuryObligation, category: CityPrimitivesTreasurySpendCategory, to: AccountId32, amount: u128, reference: H256 }>;
      /**
       * Money set aside for an obligation was released.
       **/
      ObligationReleased: AugmentedEvent<ApiType, [obligation: CityPrimitivesTreasuryObligation, amount: u128], { obligation: CityPrimitivesTreasuryObligation, amount: u128 }>;
      /**
       * Part of the fund was set aside for an obligation.
       **/
      ObligationReserved: AugmentedEvent<ApiType, [obligation: CityPrimitivesTreasuryObligation, amount: u128], { obligation: CityPrimitivesTreasuryObligation, amount: u128 }>;
      /**
       * The fund paid, from free funds, what another pallet owed as it fell due (a wage).
       **/
      Paid: AugmentedEvent<ApiType, [category: CityPrimitivesTreasurySpendCategory, to: AccountId32, amount: u128, reference: H256], { category: CityPrimitivesTreasurySpendCategory, to: AccountId32, amount: u128, reference: H256 }>;
      /**
       * Money came into the fund.
       **/
      Received: AugmentedEvent<ApiType, [inflow: CityPrimitivesTreasuryInflow, from: AccountId32, amount: u128, reference: H256], { inflow: CityPrimitivesTreasuryInflow, from: AccountId32, amount: u128, reference: H256 }>;
      /**
       * Root set the reserve floor.
       **/
      ReserveFloorSet: AugmentedEvent<ApiType, [floor: Permill], { floor: Permill }>;
      /**
       * The fund paid for a spend.
       **/
      Spent: AugmentedEvent<ApiType, [category: CityPrimitivesTreasurySpendCategory, to: AccountId32, amount: u128, reference: H256, byRoot: bool], { category: CityPrimitivesTreasurySpendCategory, to: AccountId32, amount: u128, reference: H256, byRoot: bool }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    scheduler: {
      /**
       * Agenda is incomplete from `when`.
       **/
      AgendaIncomplete: AugmentedEvent<ApiType, [when: u32], { when: u32 }>;
      /**
       * The call for the provided hash was not found so the task has been aborted.
       **/
      CallUnavailable: AugmentedEvent<ApiType, [task: ITuple<[u32, u32]>, id: Option<U8aFixed>], { task: ITuple<[u32, u32]>, id: Option<U8aFixed> }>;
      /**
       * Canceled some task.
       **/
      Canceled: AugmentedEvent<ApiType, [when: u32, index: u32], { when: u32, index: u32 }>;
      /**
       * Dispatched some task.
       **/
      Dispatched: AugmentedEvent<ApiType, [task: ITuple<[u32, u32]>, id: Option<U8aFixed>, result: Result<Null, SpRuntimeDispatchError>], { task: ITuple<[u32, u32]>, id: Option<U8aFixed>, result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * The given task was unable to be renewed since the agenda is full at that block.
       **/
      PeriodicFailed: AugmentedEvent<ApiType, [task: ITuple<[u32, u32]>, id: Option<U8aFixed>], { task: ITuple<[u32, u32]>, id: Option<U8aFixed> }>;
      /**
       * The given task can never be executed since it is overweight.
       **/
      PermanentlyOverweight: AugmentedEvent<ApiType, [task: ITuple<[u32, u32]>, id: Option<U8aFixed>], { task: ITuple<[u32, u32]>, id: Option<U8aFixed> }>;
      /**
       * Cancel a retry configuration for some task.
       **/
      RetryCancelled: AugmentedEvent<ApiType, [task: ITuple<[u32, u32]>, id: Option<U8aFixed>], { task: ITuple<[u32, u32]>, id: Option<U8aFixed> }>;
      /**
       * The given task was unable to be retried since the agenda is full at that block or there
       * was not enough weight to reschedule it.
       **/
      RetryFailed: AugmentedEvent<ApiType, [task: ITuple<[u32, u32]>, id: Option<U8aFixed>], { task: ITuple<[u32, u32]>, id: Option<U8aFixed> }>;
      /**
       * Set a retry configuration for some task.
       **/
      RetrySet: AugmentedEvent<ApiType, [task: ITuple<[u32, u32]>, id: Option<U8aFixed>, period: u32, retries: u8], { task: ITuple<[u32, u32]>, id: Option<U8aFixed>, period: u32, retries: u8 }>;
      /**
       * Scheduled some task.
       **/
      Scheduled: AugmentedEvent<ApiType, [when: u32, index: u32], { when: u32, index: u32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    session: {
      /**
       * The `NewSession` event in the current block also implies a new validator set to be
       * queued.
       **/
      NewQueued: AugmentedEvent<ApiType, []>;
      /**
       * New session has happened. Note that the argument is the session index, not the
       * block number as the type might suggest.
       **/
      NewSession: AugmentedEvent<ApiType, [sessionIndex: u32], { sessionIndex: u32 }>;
      /**
       * Validator has been disabled.
       **/
      ValidatorDisabled: AugmentedEvent<ApiType, [validator: AccountId32], { validator: AccountId32 }>;
      /**
       * Validator has been re-enabled.
       **/
      ValidatorReenabled: AugmentedEvent<ApiType, [validator: AccountId32], { validator: AccountId32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    system: {
      /**
       * `:code` was updated to the code with the given hash.
       **/
      CodeUpdated: AugmentedEvent<ApiType, [hash_: H256], { hash_: H256 }>;
      /**
       * An extrinsic failed.
       **/
      ExtrinsicFailed: AugmentedEvent<ApiType, [dispatchError: SpRuntimeDispatchError, dispatchInfo: FrameSystemDispatchEventInfo], { dispatchError: SpRuntimeDispatchError, dispatchInfo: FrameSystemDispatchEventInfo }>;
      /**
       * An extrinsic completed successfully.
       **/
      ExtrinsicSuccess: AugmentedEvent<ApiType, [dispatchInfo: FrameSystemDispatchEventInfo], { dispatchInfo: FrameSystemDispatchEventInfo }>;
      /**
       * An account was reaped.
       **/
      KilledAccount: AugmentedEvent<ApiType, [account: AccountId32], { account: AccountId32 }>;
      /**
       * A new account was created.
       **/
      NewAccount: AugmentedEvent<ApiType, [account: AccountId32], { account: AccountId32 }>;
      /**
       * An invalid authorized upgrade was rejected while trying to apply it.
       **/
      RejectedInvalidAuthorizedUpgrade: AugmentedEvent<ApiType, [codeHash: H256, error: SpRuntimeDispatchError], { codeHash: H256, error: SpRuntimeDispatchError }>;
      /**
       * On on-chain remark happened.
       **/
      Remarked: AugmentedEvent<ApiType, [sender: AccountId32, hash_: H256], { sender: AccountId32, hash_: H256 }>;
      /**
       * An upgrade was authorized.
       **/
      UpgradeAuthorized: AugmentedEvent<ApiType, [codeHash: H256, checkVersion: bool], { codeHash: H256, checkVersion: bool }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    technicalCommittee: {
      /**
       * A motion was approved by the required threshold.
       **/
      Approved: AugmentedEvent<ApiType, [proposalHash: H256], { proposalHash: H256 }>;
      /**
       * A proposal was closed because its threshold was reached or after its duration was up.
       **/
      Closed: AugmentedEvent<ApiType, [proposalHash: H256, yes: u32, no: u32], { proposalHash: H256, yes: u32, no: u32 }>;
      /**
       * A motion was not approved by the required threshold.
       **/
      Disapproved: AugmentedEvent<ApiType, [proposalHash: H256], { proposalHash: H256 }>;
      /**
       * A motion was executed; result will be `Ok` if it returned without error.
       **/
      Executed: AugmentedEvent<ApiType, [proposalHash: H256, result: Result<Null, SpRuntimeDispatchError>], { proposalHash: H256, result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * A proposal was killed.
       **/
      Killed: AugmentedEvent<ApiType, [proposalHash: H256], { proposalHash: H256 }>;
      /**
       * A single member did some action; result will be `Ok` if it returned without error.
       **/
      MemberExecuted: AugmentedEvent<ApiType, [proposalHash: H256, result: Result<Null, SpRuntimeDispatchError>], { proposalHash: H256, result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * Some cost for storing a proposal was burned.
       **/
      ProposalCostBurned: AugmentedEvent<ApiType, [proposalHash: H256, who: AccountId32], { proposalHash: H256, who: AccountId32 }>;
      /**
       * Some cost for storing a proposal was released.
       **/
      ProposalCostReleased: AugmentedEvent<ApiType, [proposalHash: H256, who: AccountId32], { proposalHash: H256, who: AccountId32 }>;
      /**
       * A motion (given hash) has been proposed (by given account) with a threshold (given
       * `MemberCount`).
       **/
      Proposed: AugmentedEvent<ApiType, [account: AccountId32, proposalIndex: u32, proposalHash: H256, threshold: u32], { account: AccountId32, proposalIndex: u32, proposalHash: H256, threshold: u32 }>;
      /**
       * A motion (given hash) has been voted on by given account, leaving
       * a tally (yes votes and no votes given respectively as `MemberCount`).
       **/
      Voted: AugmentedEvent<ApiType, [account: AccountId32, proposalHash: H256, voted: bool, yes: u32, no: u32], { account: AccountId32, proposalHash: H256, voted: bool, yes: u32, no: u32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    technicalMembership: {
      /**
       * Phantom member, never used.
       **/
      Dummy: AugmentedEvent<ApiType, []>;
      /**
       * One of the members' keys changed.
       **/
      KeyChanged: AugmentedEvent<ApiType, []>;
      /**
       * The given member was added; see the transaction for who.
       **/
      MemberAdded: AugmentedEvent<ApiType, []>;
      /**
       * The given member was removed; see the transaction for who.
       **/
      MemberRemoved: AugmentedEvent<ApiType, []>;
      /**
       * The membership was reset; see the transaction for who the new set is.
       **/
      MembersReset: AugmentedEvent<ApiType, []>;
      /**
       * Two members were swapped; see the transaction for who.
       **/
      MembersSwapped: AugmentedEvent<ApiType, []>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    transactionPayment: {
      /**
       * A transaction fee `actual_fee`, of which `tip` was added to the minimum inclusion fee,
       * has been paid by `who`.
       **/
      TransactionFeePaid: AugmentedEvent<ApiType, [who: AccountId32, actualFee: u128, tip: u128], { who: AccountId32, actualFee: u128, tip: u128 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    utility: {
      /**
       * Batch of dispatches completed fully with no error.
       **/
      BatchCompleted: AugmentedEvent<ApiType, []>;
      /**
       * Batch of dispatches completed but has errors.
       **/
      BatchCompletedWithErrors: AugmentedEvent<ApiType, []>;
      /**
       * Batch of dispatches did not complete fully. Index of first failing dispatch given, as
       * well as the error.
       **/
      BatchInterrupted: AugmentedEvent<ApiType, [index: u32, error: SpRuntimeDispatchError], { index: u32, error: SpRuntimeDispatchError }>;
      /**
       * A call was dispatched.
       **/
      DispatchedAs: AugmentedEvent<ApiType, [result: Result<Null, SpRuntimeDispatchError>], { result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * The fallback call was dispatched.
       **/
      IfElseFallbackCalled: AugmentedEvent<ApiType, [mainError: SpRuntimeDispatchError], { mainError: SpRuntimeDispatchError }>;
      /**
       * Main call was dispatched.
       **/
      IfElseMainSuccess: AugmentedEvent<ApiType, []>;
      /**
       * A single item within a Batch of dispatches has completed with no error.
       **/
      ItemCompleted: AugmentedEvent<ApiType, []>;
      /**
       * A single item within a Batch of dispatches has completed with error.
       **/
      ItemFailed: AugmentedEvent<ApiType, [error: SpRuntimeDispatchError], { error: SpRuntimeDispatchError }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    validatorSet: {
      /**
       * `who` purged its session keys; their deposit is released.
       **/
      KeysPurged: AugmentedEvent<ApiType, [who: AccountId32], { who: AccountId32 }>;
      /**
       * Validators are reported after `sessions` sessions in a row without a block.
       **/
      OfflineThresholdSet: AugmentedEvent<ApiType, [sessions: u32], { sessions: u32 }>;
      /**
       * `validator` authored in `session` but the reserve fund could not pay its reward
       * (`error`: no `ValidatorRewards` budget, the budget spent, the fund's floor or its
       * free funds short, or the transfer refused).
       **/
      RewardNotPaid: AugmentedEvent<ApiType, [session: u32, validator: AccountId32, error: SpRuntimeDispatchError], { session: u32, validator: AccountId32, error: SpRuntimeDispatchError }>;
      /**
       * Each validator that authors in a session is paid `reward` when it ends.
       **/
      RewardSet: AugmentedEvent<ApiType, [reward: u128], { reward: u128 }>;
      /**
       * `validator` joined the set; it validates from the start of the session after next.
       **/
      ValidatorAdded: AugmentedEvent<ApiType, [validator: AccountId32], { validator: AccountId32 }>;
      /**
       * `validator`, in the set, authored nothing for `sessions` sessions in a row, the last
       * `session`: the council may remove it.
       **/
      ValidatorOffline: AugmentedEvent<ApiType, [session: u32, validator: AccountId32, sessions: u32], { session: u32, validator: AccountId32, sessions: u32 }>;
      /**
       * `validator` left the set; it stops validating at the start of the session after
       * next.
       **/
      ValidatorRemoved: AugmentedEvent<ApiType, [validator: AccountId32], { validator: AccountId32 }>;
      /**
       * `validator` authored `blocks` blocks in `session` and was paid `amount` from the
       * reserve fund.
       **/
      ValidatorRewarded: AugmentedEvent<ApiType, [session: u32, validator: AccountId32, blocks: u32, amount: u128], { session: u32, validator: AccountId32, blocks: u32, amount: u128 }>;
      /**
       * The set changed since it was last taken: `validators` validate from session
       * `session` (the one after the session that starts with this event).
       **/
      ValidatorSetQueued: AugmentedEvent<ApiType, [session: u32, validators: Vec<AccountId32>], { session: u32, validators: Vec<AccountId32> }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    vehicleRegistry: {
      /**
       * A resident applied to register a vehicle (for a re-import, `Reimported` follows).
       **/
      Applied: AugmentedEvent<ApiType, [vehicle: u32, owner: AccountId32, vin: Bytes], { vehicle: u32, owner: AccountId32, vin: Bytes }>;
      /**
       * The vehicle left the registry; its plate is freed.
       **/
      Deregistered: AugmentedEvent<ApiType, [vehicle: u32, reason: PalletVehicleRegistryDeregistrationReason], { vehicle: u32, reason: PalletVehicleRegistryDeregistrationReason }>;
      /**
       * An adjudicator dismissed a disputed fine.
       **/
      FineDismissed: AugmentedEvent<ApiType, [fine: u64, adjudicator: AccountId32], { fine: u64, adjudicator: AccountId32 }>;
      /**
       * The owner disputed a fine.
       **/
      FineDisputed: AugmentedEvent<ApiType, [fine: u64, evidence: H256], { fine: u64, evidence: H256 }>;
      /**
       * The police fined a vehicle.
       **/
      FineIssued: AugmentedEvent<ApiType, [fine: u64, vehicle: u32, amount: u128, offence: u16, evidence: H256, deadline: u32], { fine: u64, vehicle: u32, amount: u128, offence: u16, evidence: H256, deadline: u32 }>;
      /**
       * A fine was paid.
       **/
      FinePaid: AugmentedEvent<ApiType, [fine: u64, by: AccountId32, amount: u128], { fine: u64, by: AccountId32, amount: u128 }>;
      /**
       * An adjudicator upheld a disputed fine, with a new deadline.
       **/
      FineUpheld: AugmentedEvent<ApiType, [fine: u64, deadline: u32, adjudicator: AccountId32], { fine: u64, deadline: u32, adjudicator: AccountId32 }>;
      /**
       * An inspection was recorded.
       **/
      Inspected: AugmentedEvent<ApiType, [vehicle: u32, passed: bool, odometer: u32, report: H256], { vehicle: u32, passed: bool, odometer: u32, report: H256 }>;
      /**
       * The owner consented to a lien by `lender` (or withdrew consent: `None`).
       **/
      LienConsent: AugmentedEvent<ApiType, [vehicle: u32, lender: Option<AccountId32>], { vehicle: u32, lender: Option<AccountId32> }>;
      /**
       * A lender recorded a lien.
       **/
      LienRecorded: AugmentedEvent<ApiType, [vehicle: u32, lender: AccountId32, reference: H256], { vehicle: u32, lender: AccountId32, reference: H256 }>;
      /**
       * The lender released the lien.
       **/
      LienReleased: AugmentedEvent<ApiType, [vehicle: u32, lender: AccountId32], { vehicle: u32, lender: AccountId32 }>;
      /**
       * A clerk reviewed and cleared the odometer flag.
       **/
      OdometerFlagCleared: AugmentedEvent<ApiType, [vehicle: u32], { vehicle: u32 }>;
      /**
       * An inspection reported a lower odometer than recorded: not recorded, and flagged.
       **/
      OdometerFlagged: AugmentedEvent<ApiType, [vehicle: u32, recorded: u32, reported: u32, report: H256], { vehicle: u32, recorded: u32, reported: u32, report: H256 }>;
      /**
       * The owner offered the vehicle to a buyer.
       **/
      Offered: AugmentedEvent<ApiType, [vehicle: u32, buyer: AccountId32, price: Option<u128>], { vehicle: u32, buyer: AccountId32, price: Option<u128> }>;
      /**
       * The owner withdrew the offer.
       **/
      OfferWithdrawn: AugmentedEvent<ApiType, [vehicle: u32], { vehicle: u32 }>;
      /**
       * A permit was bought.
       **/
      PermitBought: AugmentedEvent<ApiType, [vehicle: u32, zone: u16, from: u32, until: u32, paid: u128], { vehicle: u32, zone: u16, from: u32, until: u32, paid: u128 }>;
      /**
       * A clerk registered it with a plate.
       **/
      Registered: AugmentedEvent<ApiType, [vehicle: u32, plate: Bytes, until: u32, clerk: AccountId32], { vehicle: u32, plate: Bytes, until: u32, clerk: AccountId32 }>;
      /**
       * The application was for an exported vehicle coming back: its record (and id,
       * odometer and inspections) is reused, pending a clerk's approval.
       **/
      Reimported: AugmentedEvent<ApiType, [vehicle: u32, owner: AccountId32], { vehicle: u32, owner: AccountId32 }>;
      /**
       * A clerk rejected the application; the deposit is returned. A first application's
       * record is gone; a re-imported vehicle's is exported again, with its history.
       **/
      Rejected: AugmentedEvent<ApiType, [vehicle: u32, clerk: AccountId32], { vehicle: u32, clerk: AccountId32 }>;
      /**
       * The owner renewed the registration.
       **/
      Renewed: AugmentedEvent<ApiType, [vehicle: u32, until: u32], { vehicle: u32, until: u32 }>;
      /**
       * Flagged recovered.
       **/
      ReportedRecovered: AugmentedEvent<ApiType, [vehicle: u32, by: AccountId32], { vehicle: u32, by: AccountId32 }>;
      /**
       * Flagged stolen.
       **/
      ReportedStolen: AugmentedEvent<ApiType, [vehicle: u32, by: AccountId32], { vehicle: u32, by: AccountId32 }>;
      /**
       * The buyer accepted: the vehicle is theirs.
       **/
      Transferred: AugmentedEvent<ApiType, [vehicle: u32, from: AccountId32, to: AccountId32, price: Option<u128>, tax: u128], { vehicle: u32, from: AccountId32, to: AccountId32, price: Option<u128>, tax: u128 }>;
      /**
       * A zone's price per permit period was set (or the zone closed: `None`).
       **/
      ZonePriceSet: AugmentedEvent<ApiType, [zone: u16, price: Option<u128>], { zone: u16, price: Option<u128> }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
  } // AugmentedEvents
} // declare module

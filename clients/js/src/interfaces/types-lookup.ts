// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/types/lookup';

import type { BTreeMap, Bytes, Compact, Enum, Null, Option, Result, Struct, Text, U8aFixed, Vec, bool, i64, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { ITuple } from '@polkadot/types-codec/types';
import type { Vote } from '@polkadot/types/interfaces/elections';
import type { AccountId32, Call, H256, MultiAddress, Perbill, Permill } from '@polkadot/types/interfaces/runtime';
import type { Event } from '@polkadot/types/interfaces/system';

declare module '@polkadot/types/lookup' {
  /** @name FrameSystemCall (9) */
  interface FrameSystemCall extends Enum {
    readonly isRemark: boolean;
    readonly asRemark: {
      readonly remark: Bytes;
    } & Struct;
    readonly isSetHeapPages: boolean;
    readonly asSetHeapPages: {
      readonly pages: u64;
    } & Struct;
    readonly isSetCode: boolean;
    readonly asSetCode: {
      readonly code: Bytes;
    } & Struct;
    readonly isSetCodeWithoutChecks: boolean;
    readonly asSetCodeWithoutChecks: {
      readonly code: Bytes;
    } & Struct;
    readonly isSetStorage: boolean;
    readonly asSetStorage: {
      readonly items: Vec<ITuple<[Bytes, Bytes]>>;
    } & Struct;
    readonly isKillStorage: boolean;
    readonly asKillStorage: {
      readonly keys_: Vec<Bytes>;
    } & Struct;
    readonly isKillPrefix: boolean;
    readonly asKillPrefix: {
      readonly prefix: Bytes;
      readonly subkeys: u32;
    } & Struct;
    readonly isRemarkWithEvent: boolean;
    readonly asRemarkWithEvent: {
      readonly remark: Bytes;
    } & Struct;
    readonly isAuthorizeUpgrade: boolean;
    readonly asAuthorizeUpgrade: {
      readonly codeHash: H256;
    } & Struct;
    readonly isAuthorizeUpgradeWithoutChecks: boolean;
    readonly asAuthorizeUpgradeWithoutChecks: {
      readonly codeHash: H256;
    } & Struct;
    readonly isApplyAuthorizedUpgrade: boolean;
    readonly asApplyAuthorizedUpgrade: {
      readonly code: Bytes;
    } & Struct;
    readonly type: 'Remark' | 'SetHeapPages' | 'SetCode' | 'SetCodeWithoutChecks' | 'SetStorage' | 'KillStorage' | 'KillPrefix' | 'RemarkWithEvent' | 'AuthorizeUpgrade' | 'AuthorizeUpgradeWithoutChecks' | 'ApplyAuthorizedUpgrade';
  }

  /** @name PalletTimestampCall (16) */
  interface PalletTimestampCall extends Enum {
    readonly isSet: boolean;
    readonly asSet: {
      readonly now: Compact<u64>;
    } & Struct;
    readonly type: 'Set';
  }

  /** @name PalletGrandpaCall (18) */
  interface PalletGrandpaCall extends Enum {
    readonly isReportEquivocation: boolean;
    readonly asReportEquivocation: {
      readonly equivocationProof: SpConsensusGrandpaEquivocationProof;
      readonly keyOwnerProof: SpCoreVoid;
    } & Struct;
    readonly isReportEquivocationUnsigned: boolean;
    readonly asReportEquivocationUnsigned: {
      readonly equivocationProof: SpConsensusGrandpaEquivocationProof;
      readonly keyOwnerProof: SpCoreVoid;
    } & Struct;
    readonly isNoteStalled: boolean;
    readonly asNoteStalled: {
      readonly delay: u32;
      readonly bestFinalizedBlockNumber: u32;
    } & Struct;
    readonly type: 'ReportEquivocation' | 'ReportEquivocationUnsigned' | 'NoteStalled';
  }

  /** @name SpConsensusGrandpaEquivocationProof (19) */
  interface SpConsensusGrandpaEquivocationProof extends Struct {
    readonly setId: u64;
    readonly equivocation: SpConsensusGrandpaEquivocation;
  }

  /** @name SpConsensusGrandpaEquivocation (20) */
  interface SpConsensusGrandpaEquivocation extends Enum {
    readonly isPrevote: boolean;
    readonly asPrevote: FinalityGrandpaEquivocationPrevote;
    readonly isPrecommit: boolean;
    readonly asPrecommit: FinalityGrandpaEquivocationPrecommit;
    readonly type: 'Prevote' | 'Precommit';
  }

  /** @name FinalityGrandpaEquivocationPrevote (21) */
  interface FinalityGrandpaEquivocationPrevote extends Struct {
    readonly roundNumber: u64;
    readonly identity: SpConsensusGrandpaAppPublic;
    readonly first: ITuple<[FinalityGrandpaPrevote, SpConsensusGrandpaAppSignature]>;
    readonly second: ITuple<[FinalityGrandpaPrevote, SpConsensusGrandpaAppSignature]>;
  }

  /** @name SpConsensusGrandpaAppPublic (22) */
  interface SpConsensusGrandpaAppPublic extends U8aFixed {}

  /** @name FinalityGrandpaPrevote (23) */
  interface FinalityGrandpaPrevote extends Struct {
    readonly targetHash: H256;
    readonly targetNumber: u32;
  }

  /** @name SpConsensusGrandpaAppSignature (24) */
  interface SpConsensusGrandpaAppSignature extends U8aFixed {}

  /** @name FinalityGrandpaEquivocationPrecommit (27) */
  interface FinalityGrandpaEquivocationPrecommit extends Struct {
    readonly roundNumber: u64;
    readonly identity: SpConsensusGrandpaAppPublic;
    readonly first: ITuple<[FinalityGrandpaPrecommit, SpConsensusGrandpaAppSignature]>;
    readonly second: ITuple<[FinalityGrandpaPrecommit, SpConsensusGrandpaAppSignature]>;
  }

  /** @name FinalityGrandpaPrecommit (28) */
  interface FinalityGrandpaPrecommit extends Struct {
    readonly targetHash: H256;
    readonly targetNumber: u32;
  }

  /** @name SpCoreVoid (30) */
  type SpCoreVoid = Null;

  /** @name PalletBalancesCall (31) */
  interface PalletBalancesCall extends Enum {
    readonly isTransferAllowDeath: boolean;
    readonly asTransferAllowDeath: {
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isForceTransfer: boolean;
    readonly asForceTransfer: {
      readonly source: MultiAddress;
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isTransferKeepAlive: boolean;
    readonly asTransferKeepAlive: {
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isTransferAll: boolean;
    readonly asTransferAll: {
      readonly dest: MultiAddress;
      readonly keepAlive: bool;
    } & Struct;
    readonly isForceUnreserve: boolean;
    readonly asForceUnreserve: {
      readonly who: MultiAddress;
      readonly amount: u128;
    } & Struct;
    readonly isUpgradeAccounts: boolean;
    readonly asUpgradeAccounts: {
      readonly who: Vec<AccountId32>;
    } & Struct;
    readonly isForceSetBalance: boolean;
    readonly asForceSetBalance: {
      readonly who: MultiAddress;
      readonly newFree: Compact<u128>;
    } & Struct;
    readonly isForceAdjustTotalIssuance: boolean;
    readonly asForceAdjustTotalIssuance: {
      readonly direction: PalletBalancesAdjustmentDirection;
      readonly delta: Compact<u128>;
    } & Struct;
    readonly isBurn: boolean;
    readonly asBurn: {
      readonly value: Compact<u128>;
      readonly keepAlive: bool;
    } & Struct;
    readonly type: 'TransferAllowDeath' | 'ForceTransfer' | 'TransferKeepAlive' | 'TransferAll' | 'ForceUnreserve' | 'UpgradeAccounts' | 'ForceSetBalance' | 'ForceAdjustTotalIssuance' | 'Burn';
  }

  /** @name PalletBalancesAdjustmentDirection (36) */
  interface PalletBalancesAdjustmentDirection extends Enum {
    readonly isIncrease: boolean;
    readonly isDecrease: boolean;
    readonly type: 'Increase' | 'Decrease';
  }

  /** @name PalletValidatorSetCall (37) */
  interface PalletValidatorSetCall extends Enum {
    readonly isAddValidator: boolean;
    readonly asAddValidator: {
      readonly validator: AccountId32;
    } & Struct;
    readonly isRemoveValidator: boolean;
    readonly asRemoveValidator: {
      readonly validator: AccountId32;
    } & Struct;
    readonly isSetReward: boolean;
    readonly asSetReward: {
      readonly reward: u128;
    } & Struct;
    readonly isSetOfflineThreshold: boolean;
    readonly asSetOfflineThreshold: {
      readonly sessions: u32;
    } & Struct;
    readonly isPurgeKeys: boolean;
    readonly type: 'AddValidator' | 'RemoveValidator' | 'SetReward' | 'SetOfflineThreshold' | 'PurgeKeys';
  }

  /** @name PalletSessionCall (38) */
  interface PalletSessionCall extends Enum {
    readonly isSetKeys: boolean;
    readonly asSetKeys: {
      readonly keys_: CityRuntimeOpaqueSessionKeys;
      readonly proof: Bytes;
    } & Struct;
    readonly isPurgeKeys: boolean;
    readonly type: 'SetKeys' | 'PurgeKeys';
  }

  /** @name CityRuntimeOpaqueSessionKeys (39) */
  interface CityRuntimeOpaqueSessionKeys extends Struct {
    readonly aura: SpConsensusAuraSr25519AppSr25519Public;
    readonly grandpa: SpConsensusGrandpaAppPublic;
  }

  /** @name SpConsensusAuraSr25519AppSr25519Public (40) */
  interface SpConsensusAuraSr25519AppSr25519Public extends U8aFixed {}

  /** @name PalletPreimageCall (41) */
  interface PalletPreimageCall extends Enum {
    readonly isNotePreimage: boolean;
    readonly asNotePreimage: {
      readonly bytes: Bytes;
    } & Struct;
    readonly isUnnotePreimage: boolean;
    readonly asUnnotePreimage: {
      readonly hash_: H256;
    } & Struct;
    readonly isRequestPreimage: boolean;
    readonly asRequestPreimage: {
      readonly hash_: H256;
    } & Struct;
    readonly isUnrequestPreimage: boolean;
    readonly asUnrequestPreimage: {
      readonly hash_: H256;
    } & Struct;
    readonly isEnsureUpdated: boolean;
    readonly asEnsureUpdated: {
      readonly hashes: Vec<H256>;
    } & Struct;
    readonly type: 'NotePreimage' | 'UnnotePreimage' | 'RequestPreimage' | 'UnrequestPreimage' | 'EnsureUpdated';
  }

  /** @name PalletSchedulerCall (43) */
  interface PalletSchedulerCall extends Enum {
    readonly isSchedule: boolean;
    readonly asSchedule: {
      readonly when: u32;
      readonly maybePeriodic: Option<ITuple<[u32, u32]>>;
      readonly priority: u8;
      readonly call: Call;
    } & Struct;
    readonly isCancel: boolean;
    readonly asCancel: {
      readonly when: u32;
      readonly index: u32;
    } & Struct;
    readonly isScheduleNamed: boolean;
    readonly asScheduleNamed: {
      readonly id: U8aFixed;
      readonly when: u32;
      readonly maybePeriodic: Option<ITuple<[u32, u32]>>;
      readonly priority: u8;
      readonly call: Call;
    } & Struct;
    readonly isCancelNamed: boolean;
    readonly asCancelNamed: {
      readonly id: U8aFixed;
    } & Struct;
    readonly isScheduleAfter: boolean;
    readonly asScheduleAfter: {
      readonly after: u32;
      readonly maybePeriodic: Option<ITuple<[u32, u32]>>;
      readonly priority: u8;
      readonly call: Call;
    } & Struct;
    readonly isScheduleNamedAfter: boolean;
    readonly asScheduleNamedAfter: {
      readonly id: U8aFixed;
      readonly after: u32;
      readonly maybePeriodic: Option<ITuple<[u32, u32]>>;
      readonly priority: u8;
      readonly call: Call;
    } & Struct;
    readonly isSetRetry: boolean;
    readonly asSetRetry: {
      readonly task: ITuple<[u32, u32]>;
      readonly retries: u8;
      readonly period: u32;
    } & Struct;
    readonly isSetRetryNamed: boolean;
    readonly asSetRetryNamed: {
      readonly id: U8aFixed;
      readonly retries: u8;
      readonly period: u32;
    } & Struct;
    readonly isCancelRetry: boolean;
    readonly asCancelRetry: {
      readonly task: ITuple<[u32, u32]>;
    } & Struct;
    readonly isCancelRetryNamed: boolean;
    readonly asCancelRetryNamed: {
      readonly id: U8aFixed;
    } & Struct;
    readonly type: 'Schedule' | 'Cancel' | 'ScheduleNamed' | 'CancelNamed' | 'ScheduleAfter' | 'ScheduleNamedAfter' | 'SetRetry' | 'SetRetryNamed' | 'CancelRetry' | 'CancelRetryNamed';
  }

  /** @name PalletCollectiveCall (46) */
  interface PalletCollectiveCall extends Enum {
    readonly isSetMembers: boolean;
    readonly asSetMembers: {
      readonly newMembers: Vec<AccountId32>;
      readonly prime: Option<AccountId32>;
      readonly oldCount: u32;
    } & Struct;
    readonly isExecute: boolean;
    readonly asExecute: {
      readonly proposal: Call;
      readonly lengthBound: Compact<u32>;
    } & Struct;
    readonly isPropose: boolean;
    readonly asPropose: {
      readonly threshold: Compact<u32>;
      readonly proposal: Call;
      readonly lengthBound: Compact<u32>;
    } & Struct;
    readonly isVote: boolean;
    readonly asVote: {
      readonly proposal: H256;
      readonly index: Compact<u32>;
      readonly approve: bool;
    } & Struct;
    readonly isDisapproveProposal: boolean;
    readonly asDisapproveProposal: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isClose: boolean;
    readonly asClose: {
      readonly proposalHash: H256;
      readonly index: Compact<u32>;
      readonly proposalWeightBound: SpWeightsWeightV2Weight;
      readonly lengthBound: Compact<u32>;
    } & Struct;
    readonly isKill: boolean;
    readonly asKill: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isReleaseProposalCost: boolean;
    readonly asReleaseProposalCost: {
      readonly proposalHash: H256;
    } & Struct;
    readonly type: 'SetMembers' | 'Execute' | 'Propose' | 'Vote' | 'DisapproveProposal' | 'Close' | 'Kill' | 'ReleaseProposalCost';
  }

  /** @name SpWeightsWeightV2Weight (49) */
  interface SpWeightsWeightV2Weight extends Struct {
    readonly refTime: Compact<u64>;
    readonly proofSize: Compact<u64>;
  }

  /** @name PalletMembershipCall (50) */
  interface PalletMembershipCall extends Enum {
    readonly isAddMember: boolean;
    readonly asAddMember: {
      readonly who: MultiAddress;
    } & Struct;
    readonly isRemoveMember: boolean;
    readonly asRemoveMember: {
      readonly who: MultiAddress;
    } & Struct;
    readonly isSwapMember: boolean;
    readonly asSwapMember: {
      readonly remove: MultiAddress;
      readonly add: MultiAddress;
    } & Struct;
    readonly isResetMembers: boolean;
    readonly asResetMembers: {
      readonly members: Vec<AccountId32>;
    } & Struct;
    readonly isChangeKey: boolean;
    readonly asChangeKey: {
      readonly new_: MultiAddress;
    } & Struct;
    readonly isSetPrime: boolean;
    readonly asSetPrime: {
      readonly who: MultiAddress;
    } & Struct;
    readonly isClearPrime: boolean;
    readonly type: 'AddMember' | 'RemoveMember' | 'SwapMember' | 'ResetMembers' | 'ChangeKey' | 'SetPrime' | 'ClearPrime';
  }

  /** @name PalletDemocracyCall (53) */
  interface PalletDemocracyCall extends Enum {
    readonly isPropose: boolean;
    readonly asPropose: {
      readonly proposal: FrameSupportPreimagesBounded;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isSecond: boolean;
    readonly asSecond: {
      readonly proposal: Compact<u32>;
    } & Struct;
    readonly isVote: boolean;
    readonly asVote: {
      readonly refIndex: Compact<u32>;
      readonly vote: PalletDemocracyVoteAccountVote;
    } & Struct;
    readonly isEmergencyCancel: boolean;
    readonly asEmergencyCancel: {
      readonly refIndex: u32;
    } & Struct;
    readonly isExternalPropose: boolean;
    readonly asExternalPropose: {
      readonly proposal: FrameSupportPreimagesBounded;
    } & Struct;
    readonly isExternalProposeMajority: boolean;
    readonly asExternalProposeMajority: {
      readonly proposal: FrameSupportPreimagesBounded;
    } & Struct;
    readonly isExternalProposeDefault: boolean;
    readonly asExternalProposeDefault: {
      readonly proposal: FrameSupportPreimagesBounded;
    } & Struct;
    readonly isFastTrack: boolean;
    readonly asFastTrack: {
      readonly proposalHash: H256;
      readonly votingPeriod: u32;
      readonly delay: u32;
    } & Struct;
    readonly isVetoExternal: boolean;
    readonly asVetoExternal: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isCancelReferendum: boolean;
    readonly asCancelReferendum: {
      readonly refIndex: Compact<u32>;
    } & Struct;
    readonly isDelegate: boolean;
    readonly asDelegate: {
      readonly to: MultiAddress;
      readonly conviction: PalletDemocracyConviction;
      readonly balance: u128;
    } & Struct;
    readonly isUndelegate: boolean;
    readonly isClearPublicProposals: boolean;
    readonly isUnlock: boolean;
    readonly asUnlock: {
      readonly target: MultiAddress;
    } & Struct;
    readonly isRemoveVote: boolean;
    readonly asRemoveVote: {
      readonly index: u32;
    } & Struct;
    readonly isRemoveOtherVote: boolean;
    readonly asRemoveOtherVote: {
      readonly target: MultiAddress;
      readonly index: u32;
    } & Struct;
    readonly isBlacklist: boolean;
    readonly asBlacklist: {
      readonly proposalHash: H256;
      readonly maybeRefIndex: Option<u32>;
    } & Struct;
    readonly isCancelProposal: boolean;
    readonly asCancelProposal: {
      readonly propIndex: Compact<u32>;
    } & Struct;
    readonly isSetMetadata: boolean;
    readonly asSetMetadata: {
      readonly owner: PalletDemocracyMetadataOwner;
      readonly maybeHash: Option<H256>;
    } & Struct;
    readonly type: 'Propose' | 'Second' | 'Vote' | 'EmergencyCancel' | 'ExternalPropose' | 'ExternalProposeMajority' | 'ExternalProposeDefault' | 'FastTrack' | 'VetoExternal' | 'CancelReferendum' | 'Delegate' | 'Undelegate' | 'ClearPublicProposals' | 'Unlock' | 'RemoveVote' | 'RemoveOtherVote' | 'Blacklist' | 'CancelProposal' | 'SetMetadata';
  }

  /** @name FrameSupportPreimagesBounded (54) */
  interface FrameSupportPreimagesBounded extends Enum {
    readonly isLegacy: boolean;
    readonly asLegacy: {
      readonly hash_: H256;
    } & Struct;
    readonly isInline: boolean;
    readonly asInline: Bytes;
    readonly isLookup: boolean;
    readonly asLookup: {
      readonly hash_: H256;
      readonly len: u32;
    } & Struct;
    readonly type: 'Legacy' | 'Inline' | 'Lookup';
  }

  /** @name SpRuntimeBlakeTwo256 (55) */
  type SpRuntimeBlakeTwo256 = Null;

  /** @name PalletDemocracyVoteAccountVote (57) */
  interface PalletDemocracyVoteAccountVote extends Enum {
    readonly isStandard: boolean;
    readonly asStandard: {
      readonly vote: Vote;
      readonly balance: u128;
    } & Struct;
    readonly isSplit: boolean;
    readonly asSplit: {
      readonly aye: u128;
      readonly nay: u128;
    } & Struct;
    readonly type: 'Standard' | 'Split';
  }

  /** @name PalletDemocracyConviction (59) */
  interface PalletDemocracyConviction extends Enum {
    readonly isNone: boolean;
    readonly isLocked1x: boolean;
    readonly isLocked2x: boolean;
    readonly isLocked3x: boolean;
    readonly isLocked4x: boolean;
    readonly isLocked5x: boolean;
    readonly isLocked6x: boolean;
    readonly type: 'None' | 'Locked1x' | 'Locked2x' | 'Locked3x' | 'Locked4x' | 'Locked5x' | 'Locked6x';
  }

  /** @name PalletDemocracyMetadataOwner (61) */
  interface PalletDemocracyMetadataOwner extends Enum {
    readonly isExternal: boolean;
    readonly isProposal: boolean;
    readonly asProposal: u32;
    readonly isReferendum: boolean;
    readonly asReferendum: u32;
    readonly type: 'External' | 'Proposal' | 'Referendum';
  }

  /** @name PalletCitycoinCall (63) */
  interface PalletCitycoinCall extends Enum {
    readonly isMint: boolean;
    readonly asMint: {
      readonly to: AccountId32;
      readonly amount: u128;
      readonly reference: H256;
    } & Struct;
    readonly isBurn: boolean;
    readonly asBurn: {
      readonly amount: u128;
      readonly reference: H256;
    } & Struct;
    readonly isSetMintCap: boolean;
    readonly asSetMintCap: {
      readonly cap: Perbill;
    } & Struct;
    readonly isAddService: boolean;
    readonly asAddService: {
      readonly name: Bytes;
      readonly department: CityPrimitivesCredentialsDepartment;
      readonly price: u128;
      readonly residentOnly: bool;
    } & Struct;
    readonly isUpdateService: boolean;
    readonly asUpdateService: {
      readonly id: u32;
      readonly price: u128;
      readonly residentOnly: bool;
      readonly active: bool;
    } & Struct;
    readonly isSetTaxRate: boolean;
    readonly asSetTaxRate: {
      readonly rate: Permill;
    } & Struct;
    readonly isPayForService: boolean;
    readonly asPayForService: {
      readonly id: u32;
      readonly maxTotal: u128;
      readonly reference: H256;
    } & Struct;
    readonly isEnrol: boolean;
    readonly asEnrol: {
      readonly who: AccountId32;
      readonly department: CityPrimitivesCredentialsDepartment;
      readonly role: u16;
      readonly wage: u128;
    } & Struct;
    readonly isSetWage: boolean;
    readonly asSetWage: {
      readonly who: AccountId32;
      readonly wage: u128;
    } & Struct;
    readonly isRemoveEmployee: boolean;
    readonly asRemoveEmployee: {
      readonly who: AccountId32;
    } & Struct;
    readonly isSetTariff: boolean;
    readonly asSetTariff: {
      readonly kind: CityPrimitivesMeteringMeterKind;
      readonly price: Option<u128>;
    } & Struct;
    readonly isSettleBill: boolean;
    readonly asSettleBill: {
      readonly consumer: AccountId32;
      readonly meter: H256;
    } & Struct;
    readonly isSetUsageCap: boolean;
    readonly asSetUsageCap: {
      readonly kind: CityPrimitivesMeteringMeterKind;
      readonly cap: Option<u64>;
    } & Struct;
    readonly isDisputeBill: boolean;
    readonly asDisputeBill: {
      readonly meter: H256;
      readonly evidence: H256;
    } & Struct;
    readonly isResolveBill: boolean;
    readonly asResolveBill: {
      readonly consumer: AccountId32;
      readonly meter: H256;
      readonly amount: u128;
    } & Struct;
    readonly type: 'Mint' | 'Burn' | 'SetMintCap' | 'AddService' | 'UpdateService' | 'SetTaxRate' | 'PayForService' | 'Enrol' | 'SetWage' | 'RemoveEmployee' | 'SetTariff' | 'SettleBill' | 'SetUsageCap' | 'DisputeBill' | 'ResolveBill';
  }

  /** @name CityPrimitivesCredentialsDepartment (66) */
  interface CityPrimitivesCredentialsDepartment extends Enum {
    readonly isPopulationOffice: boolean;
    readonly isVehicleAuthority: boolean;
    readonly isPolice: boolean;
    readonly isPublicWorks: boolean;
    readonly isUtilities: boolean;
    readonly isFinance: boolean;
    readonly isOther: boolean;
    readonly asOther: u16;
    readonly type: 'PopulationOffice' | 'VehicleAuthority' | 'Police' | 'PublicWorks' | 'Utilities' | 'Finance' | 'Other';
  }

  /** @name CityPrimitivesMeteringMeterKind (69) */
  interface CityPrimitivesMeteringMeterKind extends Enum {
    readonly isWater: boolean;
    readonly isElectricity: boolean;
    readonly isGas: boolean;
    readonly isHeat: boolean;
    readonly isOther: boolean;
    readonly asOther: u16;
    readonly type: 'Water' | 'Electricity' | 'Gas' | 'Heat' | 'Other';
  }

  /** @name PalletReserveFundCall (72) */
  interface PalletReserveFundCall extends Enum {
    readonly isDonate: boolean;
    readonly asDonate: {
      readonly amount: u128;
      readonly memo: H256;
    } & Struct;
    readonly isSpend: boolean;
    readonly asSpend: {
      readonly category: CityPrimitivesTreasurySpendCategory;
      readonly amount: u128;
      readonly to: AccountId32;
      readonly reference: H256;
    } & Struct;
    readonly isSetBudget: boolean;
    readonly asSetBudget: {
      readonly category: CityPrimitivesTreasurySpendCategory;
      readonly limit: u128;
    } & Struct;
    readonly isRemoveBudget: boolean;
    readonly asRemoveBudget: {
      readonly category: CityPrimitivesTreasurySpendCategory;
    } & Struct;
    readonly isSetReserveFloor: boolean;
    readonly asSetReserveFloor: {
      readonly floor: Permill;
    } & Struct;
    readonly isAwardContract: boolean;
    readonly asAwardContract: {
      readonly contractor: AccountId32;
      readonly milestones: Vec<ITuple<[u128, H256]>>;
    } & Struct;
    readonly isCertifyMilestone: boolean;
    readonly asCertifyMilestone: {
      readonly id: u32;
      readonly milestone: u32;
    } & Struct;
    readonly isDisputeMilestone: boolean;
    readonly asDisputeMilestone: {
      readonly id: u32;
      readonly milestone: u32;
    } & Struct;
    readonly isReleaseMilestone: boolean;
    readonly asReleaseMilestone: {
      readonly id: u32;
      readonly milestone: u32;
    } & Struct;
    readonly isCancelContract: boolean;
    readonly asCancelContract: {
      readonly id: u32;
    } & Struct;
    readonly type: 'Donate' | 'Spend' | 'SetBudget' | 'RemoveBudget' | 'SetReserveFloor' | 'AwardContract' | 'CertifyMilestone' | 'DisputeMilestone' | 'ReleaseMilestone' | 'CancelContract';
  }

  /** @name CityPrimitivesTreasurySpendCategory (73) */
  interface CityPrimitivesTreasurySpendCategory extends Enum {
    readonly isPublicWorks: boolean;
    readonly isPayroll: boolean;
    readonly isDebtService: boolean;
    readonly isOperations: boolean;
    readonly isGrants: boolean;
    readonly isEmergency: boolean;
    readonly isOther: boolean;
    readonly asOther: u16;
    readonly isValidatorRewards: boolean;
    readonly type: 'PublicWorks' | 'Payroll' | 'DebtService' | 'Operations' | 'Grants' | 'Emergency' | 'Other' | 'ValidatorRewards';
  }

  /** @name PalletBondsCall (77) */
  interface PalletBondsCall extends Enum {
    readonly isSetDebtCeiling: boolean;
    readonly asSetDebtCeiling: {
      readonly ceiling: u128;
    } & Struct;
    readonly isIssue: boolean;
    readonly asIssue: {
      readonly terms: PalletBondsTerms;
    } & Struct;
    readonly isSubscribe: boolean;
    readonly asSubscribe: {
      readonly id: u32;
      readonly units: u32;
    } & Struct;
    readonly isCloseSubscription: boolean;
    readonly asCloseSubscription: {
      readonly id: u32;
    } & Struct;
    readonly isReclaim: boolean;
    readonly asReclaim: {
      readonly id: u32;
    } & Struct;
    readonly isTransfer: boolean;
    readonly asTransfer: {
      readonly id: u32;
      readonly to: AccountId32;
      readonly units: u32;
    } & Struct;
    readonly isClaimCoupons: boolean;
    readonly asClaimCoupons: {
      readonly id: u32;
    } & Struct;
    readonly isRedeem: boolean;
    readonly asRedeem: {
      readonly id: u32;
      readonly units: u32;
    } & Struct;
    readonly isCallSeries: boolean;
    readonly asCallSeries: {
      readonly id: u32;
      readonly price: u128;
      readonly notice: u32;
    } & Struct;
    readonly isDeclareDefault: boolean;
    readonly asDeclareDefault: {
      readonly id: u32;
    } & Struct;
    readonly isPoke: boolean;
    readonly asPoke: {
      readonly id: u32;
    } & Struct;
    readonly type: 'SetDebtCeiling' | 'Issue' | 'Subscribe' | 'CloseSubscription' | 'Reclaim' | 'Transfer' | 'ClaimCoupons' | 'Redeem' | 'CallSeries' | 'DeclareDefault' | 'Poke';
  }

  /** @name PalletBondsTerms (78) */
  interface PalletBondsTerms extends Struct {
    readonly name: Bytes;
    readonly purpose: H256;
    readonly contract: Option<u32>;
    readonly face: u128;
    readonly couponRate: Perbill;
    readonly couponPeriod: u32;
    readonly periods: u32;
    readonly units: u32;
    readonly subscriptionEnd: u32;
    readonly minUnits: u32;
    readonly residentUnits: u32;
  }

  /** @name PalletIdentityRegistryCall (80) */
  interface PalletIdentityRegistryCall extends Enum {
    readonly isRegisterIssuer: boolean;
    readonly asRegisterIssuer: {
      readonly department: CityPrimitivesCredentialsDepartment;
      readonly name: Bytes;
      readonly accounts: Vec<AccountId32>;
      readonly kinds: Vec<CityPrimitivesCredentialsCredentialKind>;
    } & Struct;
    readonly isUpdateIssuer: boolean;
    readonly asUpdateIssuer: {
      readonly issuer: u32;
      readonly accounts: Option<Vec<AccountId32>>;
      readonly kinds: Option<Vec<CityPrimitivesCredentialsCredentialKind>>;
    } & Struct;
    readonly isRemoveIssuer: boolean;
    readonly asRemoveIssuer: {
      readonly issuer: u32;
    } & Struct;
    readonly isSuspendIssued: boolean;
    readonly asSuspendIssued: {
      readonly issuer: u32;
      readonly limit: u32;
    } & Struct;
    readonly isIssue: boolean;
    readonly asIssue: {
      readonly subject: AccountId32;
      readonly kind: CityPrimitivesCredentialsCredentialKind;
      readonly commitment: H256;
      readonly expiresAt: Option<u32>;
    } & Struct;
    readonly isIssueByCouncil: boolean;
    readonly asIssueByCouncil: {
      readonly subject: AccountId32;
      readonly kind: CityPrimitivesCredentialsCredentialKind;
      readonly commitment: H256;
      readonly expiresAt: Option<u32>;
    } & Struct;
    readonly isSuspend: boolean;
    readonly asSuspend: {
      readonly id: u64;
      readonly reason: PalletIdentityRegistrySuspensionReason;
    } & Struct;
    readonly isReinstate: boolean;
    readonly asReinstate: {
      readonly id: u64;
    } & Struct;
    readonly isRevoke: boolean;
    readonly asRevoke: {
      readonly id: u64;
      readonly reason: PalletIdentityRegistryRevocationReason;
    } & Struct;
    readonly isRenew: boolean;
    readonly asRenew: {
      readonly id: u64;
      readonly expiresAt: Option<u32>;
    } & Struct;
    readonly isErase: boolean;
    readonly asErase: {
      readonly id: u64;
    } & Struct;
    readonly type: 'RegisterIssuer' | 'UpdateIssuer' | 'RemoveIssuer' | 'SuspendIssued' | 'Issue' | 'IssueByCouncil' | 'Suspend' | 'Reinstate' | 'Revoke' | 'Renew' | 'Erase';
  }

  /** @name CityPrimitivesCredentialsCredentialKind (84) */
  interface CityPrimitivesCredentialsCredentialKind extends Enum {
    readonly isResident: boolean;
    readonly isAdult: boolean;
    readonly isEmployee: boolean;
    readonly asEmployee: {
      readonly department: CityPrimitivesCredentialsDepartment;
      readonly role: u16;
    } & Struct;
    readonly isInspector: boolean;
    readonly isVehicleClerk: boolean;
    readonly isPoliceOfficer: boolean;
    readonly isAdjudicator: boolean;
    readonly isTreasurer: boolean;
    readonly isDeviceOperator: boolean;
    readonly isDriversLicence: boolean;
    readonly isCustom: boolean;
    readonly asCustom: Bytes;
    readonly type: 'Resident' | 'Adult' | 'Employee' | 'Inspector' | 'VehicleClerk' | 'PoliceOfficer' | 'Adjudicator' | 'Treasurer' | 'DeviceOperator' | 'DriversLicence' | 'Custom';
  }

  /** @name PalletIdentityRegistrySuspensionReason (89) */
  interface PalletIdentityRegistrySuspensionReason extends Enum {
    readonly isUnderInvestigation: boolean;
    readonly isDocumentsInDoubt: boolean;
    readonly isRequestedBySubject: boolean;
    readonly isIssuerRemoved: boolean;
    readonly isOther: boolean;
    readonly asOther: u16;
    readonly type: 'UnderInvestigation' | 'DocumentsInDoubt' | 'RequestedBySubject' | 'IssuerRemoved' | 'Other';
  }

  /** @name PalletIdentityRegistryRevocationReason (90) */
  interface PalletIdentityRegistryRevocationReason extends Enum {
    readonly isIssuedInError: boolean;
    readonly isFraud: boolean;
    readonly isSuperseded: boolean;
    readonly isNoLongerEligible: boolean;
    readonly isSubjectDeceased: boolean;
    readonly isOther: boolean;
    readonly asOther: u16;
    readonly type: 'IssuedInError' | 'Fraud' | 'Superseded' | 'NoLongerEligible' | 'SubjectDeceased' | 'Other';
  }

  /** @name PalletVehicleRegistryCall (91) */
  interface PalletVehicleRegistryCall extends Enum {
    readonly isApply: boolean;
    readonly asApply: {
      readonly vin: Bytes;
      readonly make: Bytes;
      readonly model: Bytes;
      readonly year: u16;
    } & Struct;
    readonly isApprove: boolean;
    readonly asApprove: {
      readonly vehicle: u32;
      readonly plate: Bytes;
    } & Struct;
    readonly isReject: boolean;
    readonly asReject: {
      readonly vehicle: u32;
    } & Struct;
    readonly isRenew: boolean;
    readonly asRenew: {
      readonly vehicle: u32;
    } & Struct;
    readonly isDeregister: boolean;
    readonly asDeregister: {
      readonly vehicle: u32;
      readonly reason: PalletVehicleRegistryDeregistrationReason;
    } & Struct;
    readonly isOffer: boolean;
    readonly asOffer: {
      readonly vehicle: u32;
      readonly buyer: AccountId32;
      readonly price: Option<u128>;
    } & Struct;
    readonly isWithdrawOffer: boolean;
    readonly asWithdrawOffer: {
      readonly vehicle: u32;
    } & Struct;
    readonly isAccept: boolean;
    readonly asAccept: {
      readonly vehicle: u32;
      readonly price: Option<u128>;
    } & Struct;
    readonly isConsentToLien: boolean;
    readonly asConsentToLien: {
      readonly vehicle: u32;
      readonly lender: Option<AccountId32>;
    } & Struct;
    readonly isRecordLien: boolean;
    readonly asRecordLien: {
      readonly vehicle: u32;
      readonly reference: H256;
    } & Struct;
    readonly isReleaseLien: boolean;
    readonly asReleaseLien: {
      readonly vehicle: u32;
    } & Struct;
    readonly isInspect: boolean;
    readonly asInspect: {
      readonly vehicle: u32;
      readonly passed: bool;
      readonly odometer: u32;
      readonly report: H256;
    } & Struct;
    readonly isClearOdometerFlag: boolean;
    readonly asClearOdometerFlag: {
      readonly vehicle: u32;
    } & Struct;
    readonly isReportStolen: boolean;
    readonly asReportStolen: {
      readonly vehicle: u32;
    } & Struct;
    readonly isReportRecovered: boolean;
    readonly asReportRecovered: {
      readonly vehicle: u32;
    } & Struct;
    readonly isSetZonePrice: boolean;
    readonly asSetZonePrice: {
      readonly zone: u16;
      readonly price: Option<u128>;
    } & Struct;
    readonly isBuyPermit: boolean;
    readonly asBuyPermit: {
      readonly vehicle: u32;
      readonly zone: u16;
      readonly periods: u32;
    } & Struct;
    readonly isIssueFine: boolean;
    readonly asIssueFine: {
      readonly plate: Bytes;
      readonly amount: u128;
      readonly offence: u16;
      readonly evidence: H256;
      readonly deadline: u32;
    } & Struct;
    readonly isPayFine: boolean;
    readonly asPayFine: {
      readonly fine: u64;
    } & Struct;
    readonly isDisputeFine: boolean;
    readonly asDisputeFine: {
      readonly fine: u64;
      readonly evidence: H256;
    } & Struct;
    readonly isUpholdFine: boolean;
    readonly asUpholdFine: {
      readonly fine: u64;
      readonly deadline: u32;
    } & Struct;
    readonly isDismissFine: boolean;
    readonly asDismissFine: {
      readonly fine: u64;
    } & Struct;
    readonly type: 'Apply' | 'Approve' | 'Reject' | 'Renew' | 'Deregister' | 'Offer' | 'WithdrawOffer' | 'Accept' | 'ConsentToLien' | 'RecordLien' | 'ReleaseLien' | 'Inspect' | 'ClearOdometerFlag' | 'ReportStolen' | 'ReportRecovered' | 'SetZonePrice' | 'BuyPermit' | 'IssueFine' | 'PayFine' | 'DisputeFine' | 'UpholdFine' | 'DismissFine';
  }

  /** @name PalletVehicleRegistryDeregistrationReason (95) */
  interface PalletVehicleRegistryDeregistrationReason extends Enum {
    readonly isScrapped: boolean;
    readonly isExported: boolean;
    readonly type: 'Scrapped' | 'Exported';
  }

  /** @name PalletIotAnchorsCall (96) */
  interface PalletIotAnchorsCall extends Enum {
    readonly isRegister: boolean;
    readonly asRegister: {
      readonly key: PalletIotAnchorsDeviceKey;
      readonly kind: PalletIotAnchorsDeviceKind;
      readonly location: Bytes;
      readonly proof: SpRuntimeMultiSignature;
    } & Struct;
    readonly isAnchor: boolean;
    readonly asAnchor: {
      readonly anchor: PalletIotAnchorsAnchor;
      readonly signature: SpRuntimeMultiSignature;
    } & Struct;
    readonly isSuspend: boolean;
    readonly asSuspend: {
      readonly device: H256;
    } & Struct;
    readonly isResume: boolean;
    readonly asResume: {
      readonly device: H256;
    } & Struct;
    readonly isRevoke: boolean;
    readonly asRevoke: {
      readonly device: H256;
    } & Struct;
    readonly isRotateKey: boolean;
    readonly asRotateKey: {
      readonly device: H256;
      readonly key: PalletIotAnchorsDeviceKey;
      readonly proof: SpRuntimeMultiSignature;
    } & Struct;
    readonly isOfferTransfer: boolean;
    readonly asOfferTransfer: {
      readonly device: H256;
      readonly to: Option<AccountId32>;
    } & Struct;
    readonly isAcceptTransfer: boolean;
    readonly asAcceptTransfer: {
      readonly device: H256;
      readonly key: PalletIotAnchorsDeviceKey;
      readonly proof: SpRuntimeMultiSignature;
    } & Struct;
    readonly isSetPlausibleRange: boolean;
    readonly asSetPlausibleRange: {
      readonly kind: PalletIotAnchorsDeviceKind;
      readonly range: Option<{
      readonly min: i64;
      readonly max: i64;
    } & Struct>;
    } & Struct;
    readonly isCitySuspend: boolean;
    readonly asCitySuspend: {
      readonly device: H256;
    } & Struct;
    readonly isCityResume: boolean;
    readonly asCityResume: {
      readonly device: H256;
    } & Struct;
    readonly isCityRevoke: boolean;
    readonly asCityRevoke: {
      readonly device: H256;
    } & Struct;
    readonly isSetPolicy: boolean;
    readonly asSetPolicy: {
      readonly kind: PalletIotAnchorsDeviceKind;
      readonly policy: Option<PalletIotAnchorsDevicePolicy>;
    } & Struct;
    readonly isProposeConsumer: boolean;
    readonly asProposeConsumer: {
      readonly device: H256;
      readonly consumer: Option<AccountId32>;
    } & Struct;
    readonly isAcceptConsumer: boolean;
    readonly asAcceptConsumer: {
      readonly device: H256;
    } & Struct;
    readonly isResetMeter: boolean;
    readonly asResetMeter: {
      readonly device: H256;
    } & Struct;
    readonly isSetRelay: boolean;
    readonly asSetRelay: {
      readonly device: H256;
      readonly relay: Option<PalletIotAnchorsDeviceKey>;
    } & Struct;
    readonly type: 'Register' | 'Anchor' | 'Suspend' | 'Resume' | 'Revoke' | 'RotateKey' | 'OfferTransfer' | 'AcceptTransfer' | 'SetPlausibleRange' | 'CitySuspend' | 'CityResume' | 'CityRevoke' | 'SetPolicy' | 'ProposeConsumer' | 'AcceptConsumer' | 'ResetMeter' | 'SetRelay';
  }

  /** @name PalletIotAnchorsDeviceKey (97) */
  interface PalletIotAnchorsDeviceKey extends Enum {
    readonly isEd25519: boolean;
    readonly asEd25519: U8aFixed;
    readonly isSr25519: boolean;
    readonly asSr25519: U8aFixed;
    readonly isEcdsa: boolean;
    readonly asEcdsa: U8aFixed;
    readonly type: 'Ed25519' | 'Sr25519' | 'Ecdsa';
  }

  /** @name PalletIotAnchorsDeviceKind (99) */
  interface PalletIotAnchorsDeviceKind extends Enum {
    readonly isAirQuality: boolean;
    readonly isTraffic: boolean;
    readonly isNoise: boolean;
    readonly isWeather: boolean;
    readonly isMeter: boolean;
    readonly asMeter: CityPrimitivesMeteringMeterKind;
    readonly isOther: boolean;
    readonly asOther: u16;
    readonly type: 'AirQuality' | 'Traffic' | 'Noise' | 'Weather' | 'Meter' | 'Other';
  }

  /** @name SpRuntimeMultiSignature (101) */
  interface SpRuntimeMultiSignature extends Enum {
    readonly isEd25519: boolean;
    readonly asEd25519: U8aFixed;
    readonly isSr25519: boolean;
    readonly asSr25519: U8aFixed;
    readonly isEcdsa: boolean;
    readonly asEcdsa: U8aFixed;
    readonly isEth: boolean;
    readonly asEth: U8aFixed;
    readonly type: 'Ed25519' | 'Sr25519' | 'Ecdsa' | 'Eth';
  }

  /** @name PalletIotAnchorsAnchor (103) */
  interface PalletIotAnchorsAnchor extends Struct {
    readonly device: H256;
    readonly sequence: u64;
    readonly timestamp: u64;
    readonly root: H256;
    readonly count: u32;
    readonly summary: Option<PalletIotAnchorsSummary>;
    readonly cumulative: Option<u64>;
  }

  /** @name PalletIotAnchorsSummary (105) */
  interface PalletIotAnchorsSummary extends Struct {
    readonly min: i64;
    readonly max: i64;
    readonly mean: i64;
  }

  /** @name PalletIotAnchorsDevicePolicy (110) */
  interface PalletIotAnchorsDevicePolicy extends Struct {
    readonly maxPerOwner: u32;
    readonly minInterval: u32;
  }

  /** @name PalletUtilityCall (112) */
  interface PalletUtilityCall extends Enum {
    readonly isBatch: boolean;
    readonly asBatch: {
      readonly calls: Vec<Call>;
    } & Struct;
    readonly isAsDerivative: boolean;
    readonly asAsDerivative: {
      readonly index: u16;
      readonly call: Call;
    } & Struct;
    readonly isBatchAll: boolean;
    readonly asBatchAll: {
      readonly calls: Vec<Call>;
    } & Struct;
    readonly isDispatchAs: boolean;
    readonly asDispatchAs: {
      readonly asOrigin: CityRuntimeOriginCaller;
      readonly call: Call;
    } & Struct;
    readonly isForceBatch: boolean;
    readonly asForceBatch: {
      readonly calls: Vec<Call>;
    } & Struct;
    readonly isWithWeight: boolean;
    readonly asWithWeight: {
      readonly call: Call;
      readonly weight: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isIfElse: boolean;
    readonly asIfElse: {
      readonly main: Call;
      readonly fallback: Call;
    } & Struct;
    readonly isDispatchAsFallible: boolean;
    readonly asDispatchAsFallible: {
      readonly asOrigin: CityRuntimeOriginCaller;
      readonly call: Call;
    } & Struct;
    readonly type: 'Batch' | 'AsDerivative' | 'BatchAll' | 'DispatchAs' | 'ForceBatch' | 'WithWeight' | 'IfElse' | 'DispatchAsFallible';
  }

  /** @name CityRuntimeOriginCaller (114) */
  interface CityRuntimeOriginCaller extends Enum {
    readonly isSystem: boolean;
    readonly asSystem: FrameSupportDispatchRawOrigin;
    readonly isCouncil: boolean;
    readonly asCouncil: PalletCollectiveRawOrigin;
    readonly isTechnicalCommittee: boolean;
    readonly asTechnicalCommittee: PalletCollectiveRawOrigin;
    readonly type: 'System' | 'Council' | 'TechnicalCommittee';
  }

  /** @name FrameSupportDispatchRawOrigin (115) */
  interface FrameSupportDispatchRawOrigin extends Enum {
    readonly isRoot: boolean;
    readonly isSigned: boolean;
    readonly asSigned: AccountId32;
    readonly isNone: boolean;
    readonly isAuthorized: boolean;
    readonly type: 'Root' | 'Signed' | 'None' | 'Authorized';
  }

  /** @name PalletCollectiveRawOrigin (116) */
  interface PalletCollectiveRawOrigin extends Enum {
    readonly isMembers: boolean;
    readonly asMembers: ITuple<[u32, u32]>;
    readonly isMember: boolean;
    readonly asMember: AccountId32;
    readonly isPhantom: boolean;
    readonly type: 'Members' | 'Member' | 'Phantom';
  }

  /** @name PalletMultisigCall (118) */
  interface PalletMultisigCall extends Enum {
    readonly isAsMultiThreshold1: boolean;
    readonly asAsMultiThreshold1: {
      readonly otherSignatories: Vec<AccountId32>;
      readonly call: Call;
    } & Struct;
    readonly isAsMulti: boolean;
    readonly asAsMulti: {
      readonly threshold: u16;
      readonly otherSignatories: Vec<AccountId32>;
      readonly maybeTimepoint: Option<PalletMultisigTimepoint>;
      readonly call: Call;
      readonly maxWeight: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isApproveAsMulti: boolean;
    readonly asApproveAsMulti: {
      readonly threshold: u16;
      readonly otherSignatories: Vec<AccountId32>;
      readonly maybeTimepoint: Option<PalletMultisigTimepoint>;
      readonly callHash: U8aFixed;
      readonly maxWeight: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isCancelAsMulti: boolean;
    readonly asCancelAsMulti: {
      readonly threshold: u16;
      readonly otherSignatories: Vec<AccountId32>;
      readonly timepoint: PalletMultisigTimepoint;
      readonly callHash: U8aFixed;
    } & Struct;
    readonly isPokeDeposit: boolean;
    readonly asPokeDeposit: {
      readonly threshold: u16;
      readonly otherSignatories: Vec<AccountId32>;
      readonly callHash: U8aFixed;
    } & Struct;
    readonly type: 'AsMultiThreshold1' | 'AsMulti' | 'ApproveAsMulti' | 'CancelAsMulti' | 'PokeDeposit';
  }

  /** @name PalletMultisigTimepoint (120) */
  interface PalletMultisigTimepoint extends Struct {
    readonly height: u32;
    readonly index: u32;
  }

  /** @name PalletProxyCall (121) */
  interface PalletProxyCall extends Enum {
    readonly isProxy: boolean;
    readonly asProxy: {
      readonly real: MultiAddress;
      readonly forceProxyType: Option<CityRuntimeConfigsAccountsProxyType>;
      readonly call: Call;
    } & Struct;
    readonly isAddProxy: boolean;
    readonly asAddProxy: {
      readonly delegate: MultiAddress;
      readonly proxyType: CityRuntimeConfigsAccountsProxyType;
      readonly delay: u32;
    } & Struct;
    readonly isRemoveProxy: boolean;
    readonly asRemoveProxy: {
      readonly delegate: MultiAddress;
      readonly proxyType: CityRuntimeConfigsAccountsProxyType;
      readonly delay: u32;
    } & Struct;
    readonly isRemoveProxies: boolean;
    readonly isCreatePure: boolean;
    readonly asCreatePure: {
      readonly proxyType: CityRuntimeConfigsAccountsProxyType;
      readonly delay: u32;
      readonly index: u16;
    } & Struct;
    readonly isKillPure: boolean;
    readonly asKillPure: {
      readonly spawner: MultiAddress;
      readonly proxyType: CityRuntimeConfigsAccountsProxyType;
      readonly index: u16;
      readonly height: Compact<u32>;
      readonly extIndex: Compact<u32>;
    } & Struct;
    readonly isAnnounce: boolean;
    readonly asAnnounce: {
      readonly real: MultiAddress;
      readonly callHash: H256;
    } & Struct;
    readonly isRemoveAnnouncement: boolean;
    readonly asRemoveAnnouncement: {
      readonly real: MultiAddress;
      readonly callHash: H256;
    } & Struct;
    readonly isRejectAnnouncement: boolean;
    readonly asRejectAnnouncement: {
      readonly delegate: MultiAddress;
      readonly callHash: H256;
    } & Struct;
    readonly isProxyAnnounced: boolean;
    readonly asProxyAnnounced: {
      readonly delegate: MultiAddress;
      readonly real: MultiAddress;
      readonly forceProxyType: Option<CityRuntimeConfigsAccountsProxyType>;
      readonly call: Call;
    } & Struct;
    readonly isPokeDeposit: boolean;
    readonly type: 'Proxy' | 'AddProxy' | 'RemoveProxy' | 'RemoveProxies' | 'CreatePure' | 'KillPure' | 'Announce' | 'RemoveAnnouncement' | 'RejectAnnouncement' | 'ProxyAnnounced' | 'PokeDeposit';
  }

  /** @name CityRuntimeConfigsAccountsProxyType (123) */
  interface CityRuntimeConfigsAccountsProxyType extends Enum {
    readonly isAny: boolean;
    readonly isNonTransfer: boolean;
    readonly isGovernance: boolean;
    readonly isCityServices: boolean;
    readonly isIdentityClerk: boolean;
    readonly type: 'Any' | 'NonTransfer' | 'Governance' | 'CityServices' | 'IdentityClerk';
  }

  /** @name FrameSystemExtensionsAuthorizeCall (124) */
  type FrameSystemExtensionsAuthorizeCall = Null;

  /** @name FrameSystemExtensionsCheckNonZeroSender (125) */
  type FrameSystemExtensionsCheckNonZeroSender = Null;

  /** @name FrameSystemExtensionsCheckSpecVersion (126) */
  type FrameSystemExtensionsCheckSpecVersion = Null;

  /** @name FrameSystemExtensionsCheckTxVersion (127) */
  type FrameSystemExtensionsCheckTxVersion = Null;

  /** @name FrameSystemExtensionsCheckGenesis (128) */
  type FrameSystemExtensionsCheckGenesis = Null;

  /** @name FrameSystemExtensionsCheckNonce (131) */
  interface FrameSystemExtensionsCheckNonce extends Compact<u32> {}

  /** @name FrameSystemExtensionsCheckWeight (132) */
  type FrameSystemExtensionsCheckWeight = Null;

  /** @name PalletTransactionPaymentChargeTransactionPayment (133) */
  interface PalletTransactionPaymentChargeTransactionPayment extends Compact<u128> {}

  /** @name CityRuntimeExtensionsResidentVoteCheckResidentVote (134) */
  type CityRuntimeExtensionsResidentVoteCheckResidentVote = Null;

  /** @name FrameMetadataHashExtensionCheckMetadataHash (135) */
  interface FrameMetadataHashExtensionCheckMetadataHash extends Struct {
    readonly mode: FrameMetadataHashExtensionMode;
  }

  /** @name FrameMetadataHashExtensionMode (136) */
  interface FrameMetadataHashExtensionMode extends Enum {
    readonly isDisabled: boolean;
    readonly isEnabled: boolean;
    readonly type: 'Disabled' | 'Enabled';
  }

  /** @name FrameSystemExtensionsWeightReclaim (138) */
  type FrameSystemExtensionsWeightReclaim = Null;

  /** @name FrameSystemAccountInfo (140) */
  interface FrameSystemAccountInfo extends Struct {
    readonly nonce: u32;
    readonly consumers: u32;
    readonly providers: u32;
    readonly sufficients: u32;
    readonly data: PalletBalancesAccountData;
  }

  /** @name PalletBalancesAccountData (141) */
  interface PalletBalancesAccountData extends Struct {
    readonly free: u128;
    readonly reserved: u128;
    readonly frozen: u128;
    readonly flags: u128;
  }

  /** @name FrameSupportDispatchPerDispatchClassWeight (143) */
  interface FrameSupportDispatchPerDispatchClassWeight extends Struct {
    readonly normal: SpWeightsWeightV2Weight;
    readonly operational: SpWeightsWeightV2Weight;
    readonly mandatory: SpWeightsWeightV2Weight;
  }

  /** @name SpRuntimeDigest (144) */
  interface SpRuntimeDigest extends Struct {
    readonly logs: Vec<SpRuntimeDigestDigestItem>;
  }

  /** @name SpRuntimeDigestDigestItem (146) */
  interface SpRuntimeDigestDigestItem extends Enum {
    readonly isOther: boolean;
    readonly asOther: Bytes;
    readonly isConsensus: boolean;
    readonly asConsensus: ITuple<[U8aFixed, Bytes]>;
    readonly isSeal: boolean;
    readonly asSeal: ITuple<[U8aFixed, Bytes]>;
    readonly isPreRuntime: boolean;
    readonly asPreRuntime: ITuple<[U8aFixed, Bytes]>;
    readonly isRuntimeEnvironmentUpdated: boolean;
    readonly type: 'Other' | 'Consensus' | 'Seal' | 'PreRuntime' | 'RuntimeEnvironmentUpdated';
  }

  /** @name FrameSystemEventRecord (149) */
  interface FrameSystemEventRecord extends Struct {
    readonly phase: FrameSystemPhase;
    readonly event: Event;
    readonly topics: Vec<H256>;
  }

  /** @name FrameSystemEvent (151) */
  interface FrameSystemEvent extends Enum {
    readonly isExtrinsicSuccess: boolean;
    readonly asExtrinsicSuccess: {
      readonly dispatchInfo: FrameSystemDispatchEventInfo;
    } & Struct;
    readonly isExtrinsicFailed: boolean;
    readonly asExtrinsicFailed: {
      readonly dispatchError: SpRuntimeDispatchError;
      readonly dispatchInfo: FrameSystemDispatchEventInfo;
    } & Struct;
    readonly isCodeUpdated: boolean;
    readonly asCodeUpdated: {
      readonly hash_: H256;
    } & Struct;
    readonly isNewAccount: boolean;
    readonly asNewAccount: {
      readonly account: AccountId32;
    } & Struct;
    readonly isKilledAccount: boolean;
    readonly asKilledAccount: {
      readonly account: AccountId32;
    } & Struct;
    readonly isRemarked: boolean;
    readonly asRemarked: {
      readonly sender: AccountId32;
      readonly hash_: H256;
    } & Struct;
    readonly isUpgradeAuthorized: boolean;
    readonly asUpgradeAuthorized: {
      readonly codeHash: H256;
      readonly checkVersion: bool;
    } & Struct;
    readonly isRejectedInvalidAuthorizedUpgrade: boolean;
    readonly asRejectedInvalidAuthorizedUpgrade: {
      readonly codeHash: H256;
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly type: 'ExtrinsicSuccess' | 'ExtrinsicFailed' | 'CodeUpdated' | 'NewAccount' | 'KilledAccount' | 'Remarked' | 'UpgradeAuthorized' | 'RejectedInvalidAuthorizedUpgrade';
  }

  /** @name FrameSystemDispatchEventInfo (152) */
  interface FrameSystemDispatchEventInfo extends Struct {
    readonly weight: SpWeightsWeightV2Weight;
    readonly class: FrameSupportDispatchDispatchClass;
    readonly paysFee: FrameSupportDispatchPays;
  }

  /** @name FrameSupportDispatchDispatchClass (153) */
  interface FrameSupportDispatchDispatchClass extends Enum {
    readonly isNormal: boolean;
    readonly isOperational: boolean;
    readonly isMandatory: boolean;
    readonly type: 'Normal' | 'Operational' | 'Mandatory';
  }

  /** @name FrameSupportDispatchPays (154) */
  interface FrameSupportDispatchPays extends Enum {
    readonly isYes: boolean;
    readonly isNo: boolean;
    readonly type: 'Yes' | 'No';
  }

  /** @name SpRuntimeDispatchError (155) */
  interface SpRuntimeDispatchError extends Enum {
    readonly isOther: boolean;
    readonly isCannotLookup: boolean;
    readonly isBadOrigin: boolean;
    readonly isModule: boolean;
    readonly asModule: SpRuntimeModuleError;
    readonly isConsumerRemaining: boolean;
    readonly isNoProviders: boolean;
    readonly isTooManyConsumers: boolean;
    readonly isToken: boolean;
    readonly asToken: SpRuntimeTokenError;
    readonly isArithmetic: boolean;
    readonly asArithmetic: SpArithmeticArithmeticError;
    readonly isTransactional: boolean;
    readonly asTransactional: SpRuntimeTransactionalError;
    readonly isExhausted: boolean;
    readonly isCorruption: boolean;
    readonly isUnavailable: boolean;
    readonly isRootNotAllowed: boolean;
    readonly isTrie: boolean;
    readonly asTrie: SpRuntimeProvingTrieTrieError;
    readonly type: 'Other' | 'CannotLookup' | 'BadOrigin' | 'Module' | 'ConsumerRemaining' | 'NoProviders' | 'TooManyConsumers' | 'Token' | 'Arithmetic' | 'Transactional' | 'Exhausted' | 'Corruption' | 'Unavailable' | 'RootNotAllowed' | 'Trie';
  }

  /** @name SpRuntimeModuleError (156) */
  interface SpRuntimeModuleError extends Struct {
    readonly index: u8;
    readonly error: U8aFixed;
  }

  /** @name SpRuntimeTokenError (157) */
  interface SpRuntimeTokenError extends Enum {
    readonly isFundsUnavailable: boolean;
    readonly isOnlyProvider: boolean;
    readonly isBelowMinimum: boolean;
    readonly isCannotCreate: boolean;
    readonly isUnknownAsset: boolean;
    readonly isFrozen: boolean;
    readonly isUnsupported: boolean;
    readonly isCannotCreateHold: boolean;
    readonly isNotExpendable: boolean;
    readonly isBlocked: boolean;
    readonly type: 'FundsUnavailable' | 'OnlyProvider' | 'BelowMinimum' | 'CannotCreate' | 'UnknownAsset' | 'Frozen' | 'Unsupported' | 'CannotCreateHold' | 'NotExpendable' | 'Blocked';
  }

  /** @name SpArithmeticArithmeticError (158) */
  interface SpArithmeticArithmeticError extends Enum {
    readonly isUnderflow: boolean;
    readonly isOverflow: boolean;
    readonly isDivisionByZero: boolean;
    readonly type: 'Underflow' | 'Overflow' | 'DivisionByZero';
  }

  /** @name SpRuntimeTransactionalError (159) */
  interface SpRuntimeTransactionalError extends Enum {
    readonly isLimitReached: boolean;
    readonly isNoLayer: boolean;
    readonly type: 'LimitReached' | 'NoLayer';
  }

  /** @name SpRuntimeProvingTrieTrieError (160) */
  interface SpRuntimeProvingTrieTrieError extends Enum {
    readonly isInvalidStateRoot: boolean;
    readonly isIncompleteDatabase: boolean;
    readonly isValueAtIncompleteKey: boolean;
    readonly isDecoderError: boolean;
    readonly isInvalidHash: boolean;
    readonly isDuplicateKey: boolean;
    readonly isExtraneousNode: boolean;
    readonly isExtraneousValue: boolean;
    readonly isExtraneousHashReference: boolean;
    readonly isInvalidChildReference: boolean;
    readonly isValueMismatch: boolean;
    readonly isIncompleteProof: boolean;
    readonly isRootMismatch: boolean;
    readonly isDecodeError: boolean;
    readonly type: 'InvalidStateRoot' | 'IncompleteDatabase' | 'ValueAtIncompleteKey' | 'DecoderError' | 'InvalidHash' | 'DuplicateKey' | 'ExtraneousNode' | 'ExtraneousValue' | 'ExtraneousHashReference' | 'InvalidChildReference' | 'ValueMismatch' | 'IncompleteProof' | 'RootMismatch' | 'DecodeError';
  }

  /** @name PalletGrandpaEvent (161) */
  interface PalletGrandpaEvent extends Enum {
    readonly isNewAuthorities: boolean;
    readonly asNewAuthorities: {
      readonly authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>;
    } & Struct;
    readonly isPaused: boolean;
    readonly isResumed: boolean;
    readonly type: 'NewAuthorities' | 'Paused' | 'Resumed';
  }

  /** @name PalletBalancesEvent (164) */
  interface PalletBalancesEvent extends Enum {
    readonly isEndowed: boolean;
    readonly asEndowed: {
      readonly account: AccountId32;
      readonly freeBalance: u128;
    } & Struct;
    readonly isDustLost: boolean;
    readonly asDustLost: {
      readonly account: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransfer: boolean;
    readonly asTransfer: {
      readonly from: AccountId32;
      readonly to: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBalanceSet: boolean;
    readonly asBalanceSet: {
      readonly who: AccountId32;
      readonly free: u128;
    } & Struct;
    readonly isReserved: boolean;
    readonly asReserved: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnreserved: boolean;
    readonly asUnreserved: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isReserveRepatriated: boolean;
    readonly asReserveRepatriated: {
      readonly from: AccountId32;
      readonly to: AccountId32;
      readonly amount: u128;
      readonly destinationStatus: FrameSupportTokensMiscBalanceStatus;
    } & Struct;
    readonly isDeposit: boolean;
    readonly asDeposit: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isWithdraw: boolean;
    readonly asWithdraw: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isSlashed: boolean;
    readonly asSlashed: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isMinted: boolean;
    readonly asMinted: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isMintedCredit: boolean;
    readonly asMintedCredit: {
      readonly amount: u128;
    } & Struct;
    readonly isBurned: boolean;
    readonly asBurned: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBurnedDebt: boolean;
    readonly asBurnedDebt: {
      readonly amount: u128;
    } & Struct;
    readonly isSuspended: boolean;
    readonly asSuspended: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isRestored: boolean;
    readonly asRestored: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUpgraded: boolean;
    readonly asUpgraded: {
      readonly who: AccountId32;
    } & Struct;
    readonly isIssued: boolean;
    readonly asIssued: {
      readonly amount: u128;
    } & Struct;
    readonly isRescinded: boolean;
    readonly asRescinded: {
      readonly amount: u128;
    } & Struct;
    readonly isLocked: boolean;
    readonly asLocked: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnlocked: boolean;
    readonly asUnlocked: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isFrozen: boolean;
    readonly asFrozen: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isThawed: boolean;
    readonly asThawed: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTotalIssuanceForced: boolean;
    readonly asTotalIssuanceForced: {
      readonly old: u128;
      readonly new_: u128;
    } & Struct;
    readonly isHeld: boolean;
    readonly asHeld: {
      readonly reason: CityRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBurnedHeld: boolean;
    readonly asBurnedHeld: {
      readonly reason: CityRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransferOnHold: boolean;
    readonly asTransferOnHold: {
      readonly reason: CityRuntimeRuntimeHoldReason;
      readonly source: AccountId32;
      readonly dest: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransferAndHold: boolean;
    readonly asTransferAndHold: {
      readonly reason: CityRuntimeRuntimeHoldReason;
      readonly source: AccountId32;
      readonly dest: AccountId32;
      readonly transferred: u128;
    } & Struct;
    readonly isReleased: boolean;
    readonly asReleased: {
      readonly reason: CityRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnexpected: boolean;
    readonly asUnexpected: PalletBalancesUnexpectedKind;
    readonly type: 'Endowed' | 'DustLost' | 'Transfer' | 'BalanceSet' | 'Reserved' | 'Unreserved' | 'ReserveRepatriated' | 'Deposit' | 'Withdraw' | 'Slashed' | 'Minted' | 'MintedCredit' | 'Burned' | 'BurnedDebt' | 'Suspended' | 'Restored' | 'Upgraded' | 'Issued' | 'Rescinded' | 'Locked' | 'Unlocked' | 'Frozen' | 'Thawed' | 'TotalIssuanceForced' | 'Held' | 'BurnedHeld' | 'TransferOnHold' | 'TransferAndHold' | 'Released' | 'Unexpected';
  }

  /** @name FrameSupportTokensMiscBalanceStatus (165) */
  interface FrameSupportTokensMiscBalanceStatus extends Enum {
    readonly isFree: boolean;
    readonly isReserved: boolean;
    readonly type: 'Free' | 'Reserved';
  }

  /** @name CityRuntimeRuntimeHoldReason (166) */
  interface CityRuntimeRuntimeHoldReason extends Enum {
    readonly isSession: boolean;
    readonly asSession: PalletSessionHoldReason;
    readonly isPreimage: boolean;
    readonly asPreimage: PalletPreimageHoldReason;
    readonly isCouncil: boolean;
    readonly asCouncil: PalletCollectiveHoldReason;
    readonly isTechnicalCommittee: boolean;
    readonly asTechnicalCommittee: PalletCollectiveHoldReason;
    readonly isBonds: boolean;
    readonly asBonds: PalletBondsHoldReason;
    readonly isVehicleRegistry: boolean;
    readonly asVehicleRegistry: PalletVehicleRegistryHoldReason;
    readonly isIotAnchors: boolean;
    readonly asIotAnchors: PalletIotAnchorsHoldReason;
    readonly type: 'Session' | 'Preimage' | 'Council' | 'TechnicalCommittee' | 'Bonds' | 'VehicleRegistry' | 'IotAnchors';
  }

  /** @name PalletSessionHoldReason (167) */
  interface PalletSessionHoldReason extends Enum {
    readonly isKeys: boolean;
    readonly type: 'Keys';
  }

  /** @name PalletPreimageHoldReason (168) */
  interface PalletPreimageHoldReason extends Enum {
    readonly isPreimage: boolean;
    readonly type: 'Preimage';
  }

  /** @name PalletCollectiveHoldReason (169) */
  interface PalletCollectiveHoldReason extends Enum {
    readonly isProposalSubmission: boolean;
    readonly type: 'ProposalSubmission';
  }

  /** @name PalletBondsHoldReason (171) */
  interface PalletBondsHoldReason extends Enum {
    readonly isHoldingDeposit: boolean;
    readonly type: 'HoldingDeposit';
  }

  /** @name PalletVehicleRegistryHoldReason (172) */
  interface PalletVehicleRegistryHoldReason extends Enum {
    readonly isVehicleDeposit: boolean;
    readonly type: 'VehicleDeposit';
  }

  /** @name PalletIotAnchorsHoldReason (173) */
  interface PalletIotAnchorsHoldReason extends Enum {
    readonly isDeviceDeposit: boolean;
    readonly type: 'DeviceDeposit';
  }

  /** @name PalletBalancesUnexpectedKind (174) */
  interface PalletBalancesUnexpectedKind extends Enum {
    readonly isBalanceUpdated: boolean;
    readonly isFailedToMutateAccount: boolean;
    readonly type: 'BalanceUpdated' | 'FailedToMutateAccount';
  }

  /** @name PalletTransactionPaymentEvent (175) */
  interface PalletTransactionPaymentEvent extends Enum {
    readonly isTransactionFeePaid: boolean;
    readonly asTransactionFeePaid: {
      readonly who: AccountId32;
      readonly actualFee: u128;
      readonly tip: u128;
    } & Struct;
    readonly type: 'TransactionFeePaid';
  }

  /** @name PalletValidatorSetEvent (176) */
  interface PalletValidatorSetEvent extends Enum {
    readonly isValidatorAdded: boolean;
    readonly asValidatorAdded: {
      readonly validator: AccountId32;
    } & Struct;
    readonly isValidatorRemoved: boolean;
    readonly asValidatorRemoved: {
      readonly validator: AccountId32;
    } & Struct;
    readonly isValidatorSetQueued: boolean;
    readonly asValidatorSetQueued: {
      readonly session: u32;
      readonly validators: Vec<AccountId32>;
    } & Struct;
    readonly isKeysPurged: boolean;
    readonly asKeysPurged: {
      readonly who: AccountId32;
    } & Struct;
    readonly isRewardSet: boolean;
    readonly asRewardSet: {
      readonly reward: u128;
    } & Struct;
    readonly isOfflineThresholdSet: boolean;
    readonly asOfflineThresholdSet: {
      readonly sessions: u32;
    } & Struct;
    readonly isValidatorRewarded: boolean;
    readonly asValidatorRewarded: {
      readonly session: u32;
      readonly validator: AccountId32;
      readonly blocks: u32;
      readonly amount: u128;
    } & Struct;
    readonly isRewardNotPaid: boolean;
    readonly asRewardNotPaid: {
      readonly session: u32;
      readonly validator: AccountId32;
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly isValidatorOffline: boolean;
    readonly asValidatorOffline: {
      readonly session: u32;
      readonly validator: AccountId32;
      readonly sessions: u32;
    } & Struct;
    readonly type: 'ValidatorAdded' | 'ValidatorRemoved' | 'ValidatorSetQueued' | 'KeysPurged' | 'RewardSet' | 'OfflineThresholdSet' | 'ValidatorRewarded' | 'RewardNotPaid' | 'ValidatorOffline';
  }

  /** @name PalletSessionEvent (177) */
  interface PalletSessionEvent extends Enum {
    readonly isNewSession: boolean;
    readonly asNewSession: {
      readonly sessionIndex: u32;
    } & Struct;
    readonly isNewQueued: boolean;
    readonly isValidatorDisabled: boolean;
    readonly asValidatorDisabled: {
      readonly validator: AccountId32;
    } & Struct;
    readonly isValidatorReenabled: boolean;
    readonly asValidatorReenabled: {
      readonly validator: AccountId32;
    } & Struct;
    readonly type: 'NewSession' | 'NewQueued' | 'ValidatorDisabled' | 'ValidatorReenabled';
  }

  /** @name PalletPreimageEvent (178) */
  interface PalletPreimageEvent extends Enum {
    readonly isNoted: boolean;
    readonly asNoted: {
      readonly hash_: H256;
    } & Struct;
    readonly isRequested: boolean;
    readonly asRequested: {
      readonly hash_: H256;
    } & Struct;
    readonly isCleared: boolean;
    readonly asCleared: {
      readonly hash_: H256;
    } & Struct;
    readonly type: 'Noted' | 'Requested' | 'Cleared';
  }

  /** @name PalletSchedulerEvent (179) */
  interface PalletSchedulerEvent extends Enum {
    readonly isScheduled: boolean;
    readonly asScheduled: {
      readonly when: u32;
      readonly index: u32;
    } & Struct;
    readonly isCanceled: boolean;
    readonly asCanceled: {
      readonly when: u32;
      readonly index: u32;
    } & Struct;
    readonly isDispatched: boolean;
    readonly asDispatched: {
      readonly task: ITuple<[u32, u32]>;
      readonly id: Option<U8aFixed>;
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isRetrySet: boolean;
    readonly asRetrySet: {
      readonly task: ITuple<[u32, u32]>;
      readonly id: Option<U8aFixed>;
      readonly period: u32;
      readonly retries: u8;
    } & Struct;
    readonly isRetryCancelled: boolean;
    readonly asRetryCancelled: {
      readonly task: ITuple<[u32, u32]>;
      readonly id: Option<U8aFixed>;
    } & Struct;
    readonly isCallUnavailable: boolean;
    readonly asCallUnavailable: {
      readonly task: ITuple<[u32, u32]>;
      readonly id: Option<U8aFixed>;
    } & Struct;
    readonly isPeriodicFailed: boolean;
    readonly asPeriodicFailed: {
      readonly task: ITuple<[u32, u32]>;
      readonly id: Option<U8aFixed>;
    } & Struct;
    readonly isRetryFailed: boolean;
    readonly asRetryFailed: {
      readonly task: ITuple<[u32, u32]>;
      readonly id: Option<U8aFixed>;
    } & Struct;
    readonly isPermanentlyOverweight: boolean;
    readonly asPermanentlyOverweight: {
      readonly task: ITuple<[u32, u32]>;
      readonly id: Option<U8aFixed>;
    } & Struct;
    readonly isAgendaIncomplete: boolean;
    readonly asAgendaIncomplete: {
      readonly when: u32;
    } & Struct;
    readonly type: 'Scheduled' | 'Canceled' | 'Dispatched' | 'RetrySet' | 'RetryCancelled' | 'CallUnavailable' | 'PeriodicFailed' | 'RetryFailed' | 'PermanentlyOverweight' | 'AgendaIncomplete';
  }

  /** @name PalletCollectiveEvent (181) */
  interface PalletCollectiveEvent extends Enum {
    readonly isProposed: boolean;
    readonly asProposed: {
      readonly account: AccountId32;
      readonly proposalIndex: u32;
      readonly proposalHash: H256;
      readonly threshold: u32;
    } & Struct;
    readonly isVoted: boolean;
    readonly asVoted: {
      readonly account: AccountId32;
      readonly proposalHash: H256;
      readonly voted: bool;
      readonly yes: u32;
      readonly no: u32;
    } & Struct;
    readonly isApproved: boolean;
    readonly asApproved: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isDisapproved: boolean;
    readonly asDisapproved: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isExecuted: boolean;
    readonly asExecuted: {
      readonly proposalHash: H256;
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isMemberExecuted: boolean;
    readonly asMemberExecuted: {
      readonly proposalHash: H256;
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isClosed: boolean;
    readonly asClosed: {
      readonly proposalHash: H256;
      readonly yes: u32;
      readonly no: u32;
    } & Struct;
    readonly isKilled: boolean;
    readonly asKilled: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isProposalCostBurned: boolean;
    readonly asProposalCostBurned: {
      readonly proposalHash: H256;
      readonly who: AccountId32;
    } & Struct;
    readonly isProposalCostReleased: boolean;
    readonly asProposalCostReleased: {
      readonly proposalHash: H256;
      readonly who: AccountId32;
    } & Struct;
    readonly type: 'Proposed' | 'Voted' | 'Approved' | 'Disapproved' | 'Executed' | 'MemberExecuted' | 'Closed' | 'Killed' | 'ProposalCostBurned' | 'ProposalCostReleased';
  }

  /** @name PalletMembershipEvent (182) */
  interface PalletMembershipEvent extends Enum {
    readonly isMemberAdded: boolean;
    readonly isMemberRemoved: boolean;
    readonly isMembersSwapped: boolean;
    readonly isMembersReset: boolean;
    readonly isKeyChanged: boolean;
    readonly isDummy: boolean;
    readonly type: 'MemberAdded' | 'MemberRemoved' | 'MembersSwapped' | 'MembersReset' | 'KeyChanged' | 'Dummy';
  }

  /** @name PalletDemocracyEvent (185) */
  interface PalletDemocracyEvent extends Enum {
    readonly isProposed: boolean;
    readonly asProposed: {
      readonly proposalIndex: u32;
      readonly deposit: u128;
    } & Struct;
    readonly isTabled: boolean;
    readonly asTabled: {
      readonly proposalIndex: u32;
      readonly deposit: u128;
    } & Struct;
    readonly isExternalTabled: boolean;
    readonly isStarted: boolean;
    readonly asStarted: {
      readonly refIndex: u32;
      readonly threshold: PalletDemocracyVoteThreshold;
    } & Struct;
    readonly isPassed: boolean;
    readonly asPassed: {
      readonly refIndex: u32;
    } & Struct;
    readonly isNotPassed: boolean;
    readonly asNotPassed: {
      readonly refIndex: u32;
    } & Struct;
    readonly isCancelled: boolean;
    readonly asCancelled: {
      readonly refIndex: u32;
    } & Struct;
    readonly isDelegated: boolean;
    readonly asDelegated: {
      readonly who: AccountId32;
      readonly target: AccountId32;
    } & Struct;
    readonly isUndelegated: boolean;
    readonly asUndelegated: {
      readonly account: AccountId32;
    } & Struct;
    readonly isVetoed: boolean;
    readonly asVetoed: {
      readonly who: AccountId32;
      readonly proposalHash: H256;
      readonly until: u32;
    } & Struct;
    readonly isBlacklisted: boolean;
    readonly asBlacklisted: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isVoted: boolean;
    readonly asVoted: {
      readonly voter: AccountId32;
      readonly refIndex: u32;
      readonly vote: PalletDemocracyVoteAccountVote;
    } & Struct;
    readonly isSeconded: boolean;
    readonly asSeconded: {
      readonly seconder: AccountId32;
      readonly propIndex: u32;
    } & Struct;
    readonly isProposalCanceled: boolean;
    readonly asProposalCanceled: {
      readonly propIndex: u32;
    } & Struct;
    readonly isMetadataSet: boolean;
    readonly asMetadataSet: {
      readonly owner: PalletDemocracyMetadataOwner;
      readonly hash_: H256;
    } & Struct;
    readonly isMetadataCleared: boolean;
    readonly asMetadataCleared: {
      readonly owner: PalletDemocracyMetadataOwner;
      readonly hash_: H256;
    } & Struct;
    readonly isMetadataTransferred: boolean;
    readonly asMetadataTransferred: {
      readonly prevOwner: PalletDemocracyMetadataOwner;
      readonly owner: PalletDemocracyMetadataOwner;
      readonly hash_: H256;
    } & Struct;
    readonly type: 'Proposed' | 'Tabled' | 'ExternalTabled' | 'Started' | 'Passed' | 'NotPassed' | 'Cancelled' | 'Delegated' | 'Undelegated' | 'Vetoed' | 'Blacklisted' | 'Voted' | 'Seconded' | 'ProposalCanceled' | 'MetadataSet' | 'MetadataCleared' | 'MetadataTransferred';
  }

  /** @name PalletDemocracyVoteThreshold (186) */
  interface PalletDemocracyVoteThreshold extends Enum {
    readonly isSuperMajorityApprove: boolean;
    readonly isSuperMajorityAgainst: boolean;
    readonly isSimpleMajority: boolean;
    readonly type: 'SuperMajorityApprove' | 'SuperMajorityAgainst' | 'SimpleMajority';
  }

  /** @name PalletCitycoinEvent (187) */
  interface PalletCitycoinEvent extends Enum {
    readonly isMinted: boolean;
    readonly asMinted: {
      readonly to: AccountId32;
      readonly amount: u128;
      readonly reference: H256;
      readonly byRoot: bool;
    } & Struct;
    readonly isBurned: boolean;
    readonly asBurned: {
      readonly amount: u128;
      readonly reference: H256;
      readonly byRoot: bool;
    } & Struct;
    readonly isMintCapSet: boolean;
    readonly asMintCapSet: {
      readonly cap: Perbill;
    } & Struct;
    readonly isServiceAdded: boolean;
    readonly asServiceAdded: {
      readonly id: u32;
      readonly department: CityPrimitivesCredentialsDepartment;
      readonly price: u128;
    } & Struct;
    readonly isServiceUpdated: boolean;
    readonly asServiceUpdated: {
      readonly id: u32;
      readonly price: u128;
      readonly residentOnly: bool;
      readonly active: bool;
    } & Struct;
    readonly isTaxRateSet: boolean;
    readonly asTaxRateSet: {
      readonly rate: Permill;
    } & Struct;
    readonly isServicePaid: boolean;
    readonly asServicePaid: {
      readonly receipt: u64;
      readonly payer: AccountId32;
      readonly service: u32;
      readonly price: u128;
      readonly tax: u128;
      readonly reference: H256;
    } & Struct;
    readonly isEmployeeEnrolled: boolean;
    readonly asEmployeeEnrolled: {
      readonly who: AccountId32;
      readonly department: CityPrimitivesCredentialsDepartment;
      readonly role: u16;
      readonly wage: u128;
    } & Struct;
    readonly isWageSet: boolean;
    readonly asWageSet: {
      readonly who: AccountId32;
      readonly wage: u128;
      readonly fromPeriod: u32;
    } & Struct;
    readonly isEmployeeDeparted: boolean;
    readonly asEmployeeDeparted: {
      readonly who: AccountId32;
      readonly arrears: u128;
    } & Struct;
    readonly isEmployeeRemoved: boolean;
    readonly asEmployeeRemoved: {
      readonly who: AccountId32;
    } & Struct;
    readonly isWagePaid: boolean;
    readonly asWagePaid: {
      readonly who: AccountId32;
      readonly period: u32;
      readonly amount: u128;
    } & Struct;
    readonly isWageInArrears: boolean;
    readonly asWageInArrears: {
      readonly who: AccountId32;
      readonly period: u32;
      readonly arrears: u128;
    } & Struct;
    readonly isPayrollCompleted: boolean;
    readonly asPayrollCompleted: {
      readonly period: u32;
      readonly paid: u128;
      readonly owed: u128;
    } & Struct;
    readonly isTariffSet: boolean;
    readonly asTariffSet: {
      readonly kind: CityPrimitivesMeteringMeterKind;
      readonly price: Option<u128>;
    } & Struct;
    readonly isBilled: boolean;
    readonly asBilled: {
      readonly consumer: AccountId32;
      readonly meter: H256;
      readonly kind: CityPrimitivesMeteringMeterKind;
      readonly units: u64;
      readonly amount: u128;
      readonly paid: bool;
    } & Struct;
    readonly isBillSettled: boolean;
    readonly asBillSettled: {
      readonly consumer: AccountId32;
      readonly meter: H256;
      readonly payer: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUsageCapSet: boolean;
    readonly asUsageCapSet: {
      readonly kind: CityPrimitivesMeteringMeterKind;
      readonly cap: Option<u64>;
    } & Struct;
    readonly isBillHeld: boolean;
    readonly asBillHeld: {
      readonly consumer: AccountId32;
      readonly meter: H256;
      readonly units: u64;
      readonly amount: u128;
      readonly cap: Option<u64>;
    } & Struct;
    readonly isBillDisputed: boolean;
    readonly asBillDisputed: {
      readonly consumer: AccountId32;
      readonly meter: H256;
      readonly evidence: H256;
    } & Struct;
    readonly isBillResolved: boolean;
    readonly asBillResolved: {
      readonly consumer: AccountId32;
      readonly meter: H256;
      readonly amount: u128;
    } & Struct;
    readonly type: 'Minted' | 'Burned' | 'MintCapSet' | 'ServiceAdded' | 'ServiceUpdated' | 'TaxRateSet' | 'ServicePaid' | 'EmployeeEnrolled' | 'WageSet' | 'EmployeeDeparted' | 'EmployeeRemoved' | 'WagePaid' | 'WageInArrears' | 'PayrollCompleted' | 'TariffSet' | 'Billed' | 'BillSettled' | 'UsageCapSet' | 'BillHeld' | 'BillDisputed' | 'BillResolved';
  }

  /** @name PalletReserveFundEvent (188) */
  interface PalletReserveFundEvent extends Enum {
    readonly isReceived: boolean;
    readonly asReceived: {
      readonly inflow: CityPrimitivesTreasuryInflow;
      readonly from: AccountId32;
      readonly amount: u128;
      readonly reference: H256;
    } & Struct;
    readonly isSpent: boolean;
    readonly asSpent: {
      readonly category: CityPrimitivesTreasurySpendCategory;
      readonly to: AccountId32;
      readonly amount: u128;
      readonly reference: H256;
      readonly byRoot: bool;
    } & Struct;
    readonly isPaid: boolean;
    readonly asPaid: {
      readonly category: CityPrimitivesTreasurySpendCategory;
      readonly to: AccountId32;
      readonly amount: u128;
      readonly reference: H256;
    } & Struct;
    readonly isObligationPaid: boolean;
    readonly asObligationPaid: {
      readonly obligation: CityPrimitivesTreasuryObligation;
      readonly category: CityPrimitivesTreasurySpendCategory;
      readonly to: AccountId32;
      readonly amount: u128;
      readonly reference: H256;
    } & Struct;
    readonly isObligationReserved: boolean;
    readonly asObligationReserved: {
      readonly obligation: CityPrimitivesTreasuryObligation;
      readonly amount: u128;
    } & Struct;
    readonly isObligationReleased: boolean;
    readonly asObligationReleased: {
      readonly obligation: CityPrimitivesTreasuryObligation;
      readonly amount: u128;
    } & Struct;
    readonly isBudgetSet: boolean;
    readonly asBudgetSet: {
      readonly category: CityPrimitivesTreasurySpendCategory;
      readonly limit: u128;
      readonly period: u32;
    } & Struct;
    readonly isBudgetRemoved: boolean;
    readonly asBudgetRemoved: {
      readonly category: CityPrimitivesTreasurySpendCategory;
    } & Struct;
    readonly isReserveFloorSet: boolean;
    readonly asReserveFloorSet: {
      readonly floor: Permill;
    } & Struct;
    readonly isContractAwarded: boolean;
    readonly asContractAwarded: {
      readonly id: u32;
      readonly contractor: AccountId32;
      readonly total: u128;
    } & Struct;
    readonly isMilestoneCertified: boolean;
    readonly asMilestoneCertified: {
      readonly id: u32;
      readonly milestone: u32;
      readonly inspector: AccountId32;
    } & Struct;
    readonly isMilestoneDisputed: boolean;
    readonly asMilestoneDisputed: {
      readonly id: u32;
      readonly milestone: u32;
    } & Struct;
    readonly isMilestonePaid: boolean;
    readonly asMilestonePaid: {
      readonly id: u32;
      readonly milestone: u32;
      readonly amount: u128;
    } & Struct;
    readonly isContractCancelled: boolean;
    readonly asContractCancelled: {
      readonly id: u32;
      readonly released: u128;
    } & Struct;
    readonly type: 'Received' | 'Spent' | 'Paid' | 'ObligationPaid' | 'ObligationReserved' | 'ObligationReleased' | 'BudgetSet' | 'BudgetRemoved' | 'ReserveFloorSet' | 'ContractAwarded' | 'MilestoneCertified' | 'MilestoneDisputed' | 'MilestonePaid' | 'ContractCancelled';
  }

  /** @name CityPrimitivesTreasuryInflow (189) */
  interface CityPrimitivesTreasuryInflow extends Enum {
    readonly isFees: boolean;
    readonly isServicePayment: boolean;
    readonly isFine: boolean;
    readonly isBondSubscription: boolean;
    readonly isMeteredBill: boolean;
    readonly isDonation: boolean;
    readonly isOther: boolean;
    readonly asOther: u16;
    readonly isTax: boolean;
    readonly type: 'Fees' | 'ServicePayment' | 'Fine' | 'BondSubscription' | 'MeteredBill' | 'Donation' | 'Other' | 'Tax';
  }

  /** @name CityPrimitivesTreasuryObligation (190) */
  interface CityPrimitivesTreasuryObligation extends Enum {
    readonly isBondCoupons: boolean;
    readonly isBondPrincipal: boolean;
    readonly isContracts: boolean;
    readonly isPayroll: boolean;
    readonly type: 'BondCoupons' | 'BondPrincipal' | 'Contracts' | 'Payroll';
  }

  /** @name PalletBondsEvent (191) */
  interface PalletBondsEvent extends Enum {
    readonly isDebtCeilingSet: boolean;
    readonly asDebtCeilingSet: {
      readonly ceiling: u128;
    } & Struct;
    readonly isSeriesIssued: boolean;
    readonly asSeriesIssued: {
      readonly id: u32;
      readonly units: u32;
      readonly face: u128;
      readonly byRoot: bool;
    } & Struct;
    readonly isSubscribed: boolean;
    readonly asSubscribed: {
      readonly id: u32;
      readonly who: AccountId32;
      readonly units: u32;
      readonly paid: u128;
    } & Struct;
    readonly isSeriesActivated: boolean;
    readonly asSeriesActivated: {
      readonly id: u32;
      readonly sold: u32;
    } & Struct;
    readonly isSeriesCancelled: boolean;
    readonly asSeriesCancelled: {
      readonly id: u32;
      readonly sold: u32;
    } & Struct;
    readonly isReclaimed: boolean;
    readonly asReclaimed: {
      readonly id: u32;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransferred: boolean;
    readonly asTransferred: {
      readonly id: u32;
      readonly from: AccountId32;
      readonly to: AccountId32;
      readonly units: u32;
    } & Struct;
    readonly isCouponsClaimed: boolean;
    readonly asCouponsClaimed: {
      readonly id: u32;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isArrearsStarted: boolean;
    readonly asArrearsStarted: {
      readonly id: u32;
      readonly period: u32;
    } & Struct;
    readonly isArrearsCleared: boolean;
    readonly asArrearsCleared: {
      readonly id: u32;
    } & Struct;
    readonly isRedeemed: boolean;
    readonly asRedeemed: {
      readonly id: u32;
      readonly who: AccountId32;
      readonly units: u32;
      readonly principal: u128;
    } & Struct;
    readonly isSeriesCalled: boolean;
    readonly asSeriesCalled: {
      readonly id: u32;
      readonly at: u32;
      readonly price: u128;
    } & Struct;
    readonly isSeriesDefaulted: boolean;
    readonly asSeriesDefaulted: {
      readonly id: u32;
      readonly arrearsSince: u32;
    } & Struct;
    readonly isSeriesClosed: boolean;
    readonly asSeriesClosed: {
      readonly id: u32;
    } & Struct;
    readonly type: 'DebtCeilingSet' | 'SeriesIssued' | 'Subscribed' | 'SeriesActivated' | 'SeriesCancelled' | 'Reclaimed' | 'Transferred' | 'CouponsClaimed' | 'ArrearsStarted' | 'ArrearsCleared' | 'Redeemed' | 'SeriesCalled' | 'SeriesDefaulted' | 'SeriesClosed';
  }

  /** @name PalletIdentityRegistryEvent (192) */
  interface PalletIdentityRegistryEvent extends Enum {
    readonly isIssuerRegistered: boolean;
    readonly asIssuerRegistered: {
      readonly issuer: u32;
      readonly department: CityPrimitivesCredentialsDepartment;
    } & Struct;
    readonly isIssuerUpdated: boolean;
    readonly asIssuerUpdated: {
      readonly issuer: u32;
    } & Struct;
    readonly isIssuerRemoved: boolean;
    readonly asIssuerRemoved: {
      readonly issuer: u32;
    } & Struct;
    readonly isIssuedCredentialsSuspended: boolean;
    readonly asIssuedCredentialsSuspended: {
      readonly issuer: u32;
      readonly suspended: u32;
      readonly complete: bool;
    } & Struct;
    readonly isCredentialIssued: boolean;
    readonly asCredentialIssued: {
      readonly id: u64;
      readonly subject: AccountId32;
      readonly kind: CityPrimitivesCredentialsCredentialKind;
      readonly issuedBy: PalletIdentityRegistryIssuedBy;
      readonly expiresAt: Option<u32>;
    } & Struct;
    readonly isCredentialSuspended: boolean;
    readonly asCredentialSuspended: {
      readonly id: u64;
      readonly reason: PalletIdentityRegistrySuspensionReason;
    } & Struct;
    readonly isCredentialReinstated: boolean;
    readonly asCredentialReinstated: {
      readonly id: u64;
    } & Struct;
    readonly isCredentialRevoked: boolean;
    readonly asCredentialRevoked: {
      readonly id: u64;
      readonly reason: PalletIdentityRegistryRevocationReason;
    } & Struct;
    readonly isCredentialRenewed: boolean;
    readonly asCredentialRenewed: {
      readonly id: u64;
      readonly expiresAt: Option<u32>;
    } & Struct;
    readonly isCredentialErased: boolean;
    readonly asCredentialErased: {
      readonly id: u64;
    } & Struct;
    readonly type: 'IssuerRegistered' | 'IssuerUpdated' | 'IssuerRemoved' | 'IssuedCredentialsSuspended' | 'CredentialIssued' | 'CredentialSuspended' | 'CredentialReinstated' | 'CredentialRevoked' | 'CredentialRenewed' | 'CredentialErased';
  }

  /** @name PalletIdentityRegistryIssuedBy (193) */
  interface PalletIdentityRegistryIssuedBy extends Enum {
    readonly isCouncil: boolean;
    readonly isIssuer: boolean;
    readonly asIssuer: u32;
    readonly type: 'Council' | 'Issuer';
  }

  /** @name PalletVehicleRegistryEvent (194) */
  interface PalletVehicleRegistryEvent extends Enum {
    readonly isApplied: boolean;
    readonly asApplied: {
      readonly vehicle: u32;
      readonly owner: AccountId32;
      readonly vin: Bytes;
    } & Struct;
    readonly isRegistered: boolean;
    readonly asRegistered: {
      readonly vehicle: u32;
      readonly plate: Bytes;
      readonly until: u32;
      readonly clerk: AccountId32;
    } & Struct;
    readonly isRejected: boolean;
    readonly asRejected: {
      readonly vehicle: u32;
      readonly clerk: AccountId32;
    } & Struct;
    readonly isRenewed: boolean;
    readonly asRenewed: {
      readonly vehicle: u32;
      readonly until: u32;
    } & Struct;
    readonly isDeregistered: boolean;
    readonly asDeregistered: {
      readonly vehicle: u32;
      readonly reason: PalletVehicleRegistryDeregistrationReason;
    } & Struct;
    readonly isOffered: boolean;
    readonly asOffered: {
      readonly vehicle: u32;
      readonly buyer: AccountId32;
      readonly price: Option<u128>;
    } & Struct;
    readonly isOfferWithdrawn: boolean;
    readonly asOfferWithdrawn: {
      readonly vehicle: u32;
    } & Struct;
    readonly isTransferred: boolean;
    readonly asTransferred: {
      readonly vehicle: u32;
      readonly from: AccountId32;
      readonly to: AccountId32;
      readonly price: Option<u128>;
      readonly tax: u128;
    } & Struct;
    readonly isLienConsent: boolean;
    readonly asLienConsent: {
      readonly vehicle: u32;
      readonly lender: Option<AccountId32>;
    } & Struct;
    readonly isLienRecorded: boolean;
    readonly asLienRecorded: {
      readonly vehicle: u32;
      readonly lender: AccountId32;
      readonly reference: H256;
    } & Struct;
    readonly isLienReleased: boolean;
    readonly asLienReleased: {
      readonly vehicle: u32;
      readonly lender: AccountId32;
    } & Struct;
    readonly isInspected: boolean;
    readonly asInspected: {
      readonly vehicle: u32;
      readonly passed: bool;
      readonly odometer: u32;
      readonly report: H256;
    } & Struct;
    readonly isOdometerFlagged: boolean;
    readonly asOdometerFlagged: {
      readonly vehicle: u32;
      readonly recorded: u32;
      readonly reported: u32;
      readonly report: H256;
    } & Struct;
    readonly isOdometerFlagCleared: boolean;
    readonly asOdometerFlagCleared: {
      readonly vehicle: u32;
    } & Struct;
    readonly isReportedStolen: boolean;
    readonly asReportedStolen: {
      readonly vehicle: u32;
      readonly by: AccountId32;
    } & Struct;
    readonly isReportedRecovered: boolean;
    readonly asReportedRecovered: {
      readonly vehicle: u32;
      readonly by: AccountId32;
    } & Struct;
    readonly isZonePriceSet: boolean;
    readonly asZonePriceSet: {
      readonly zone: u16;
      readonly price: Option<u128>;
    } & Struct;
    readonly isPermitBought: boolean;
    readonly asPermitBought: {
      readonly vehicle: u32;
      readonly zone: u16;
      readonly from: u32;
      readonly until: u32;
      readonly paid: u128;
    } & Struct;
    readonly isFineIssued: boolean;
    readonly asFineIssued: {
      readonly fine: u64;
      readonly vehicle: u32;
      readonly amount: u128;
      readonly offence: u16;
      readonly evidence: H256;
      readonly deadline: u32;
    } & Struct;
    readonly isFinePaid: boolean;
    readonly asFinePaid: {
      readonly fine: u64;
      readonly by: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isFineDisputed: boolean;
    readonly asFineDisputed: {
      readonly fine: u64;
      readonly evidence: H256;
    } & Struct;
    readonly isFineUpheld: boolean;
    readonly asFineUpheld: {
      readonly fine: u64;
      readonly deadline: u32;
      readonly adjudicator: AccountId32;
    } & Struct;
    readonly isFineDismissed: boolean;
    readonly asFineDismissed: {
      readonly fine: u64;
      readonly adjudicator: AccountId32;
    } & Struct;
    readonly isReimported: boolean;
    readonly asReimported: {
      readonly vehicle: u32;
      readonly owner: AccountId32;
    } & Struct;
    readonly type: 'Applied' | 'Registered' | 'Rejected' | 'Renewed' | 'Deregistered' | 'Offered' | 'OfferWithdrawn' | 'Transferred' | 'LienConsent' | 'LienRecorded' | 'LienReleased' | 'Inspected' | 'OdometerFlagged' | 'OdometerFlagCleared' | 'ReportedStolen' | 'ReportedRecovered' | 'ZonePriceSet' | 'PermitBought' | 'FineIssued' | 'FinePaid' | 'FineDisputed' | 'FineUpheld' | 'FineDismissed' | 'Reimported';
  }

  /** @name PalletIotAnchorsEvent (195) */
  interface PalletIotAnchorsEvent extends Enum {
    readonly isRegistered: boolean;
    readonly asRegistered: {
      readonly device: H256;
      readonly owner: AccountId32;
      readonly kind: PalletIotAnchorsDeviceKind;
      readonly key: PalletIotAnchorsDeviceKey;
    } & Struct;
    readonly isAnchored: boolean;
    readonly asAnchored: {
      readonly device: H256;
      readonly sequence: u64;
      readonly root: H256;
      readonly count: u32;
      readonly timestamp: u64;
      readonly summary: Option<PalletIotAnchorsSummary>;
      readonly cumulative: Option<u64>;
    } & Struct;
    readonly isImplausible: boolean;
    readonly asImplausible: {
      readonly device: H256;
      readonly sequence: u64;
      readonly summary: PalletIotAnchorsSummary;
      readonly range: {
      readonly min: i64;
      readonly max: i64;
    } & Struct;
    } & Struct;
    readonly isMeterReported: boolean;
    readonly asMeterReported: {
      readonly device: H256;
      readonly consumer: AccountId32;
      readonly units: u64;
    } & Struct;
    readonly isSuspended: boolean;
    readonly asSuspended: {
      readonly device: H256;
    } & Struct;
    readonly isResumed: boolean;
    readonly asResumed: {
      readonly device: H256;
    } & Struct;
    readonly isRevoked: boolean;
    readonly asRevoked: {
      readonly device: H256;
    } & Struct;
    readonly isKeyRotated: boolean;
    readonly asKeyRotated: {
      readonly device: H256;
      readonly key: PalletIotAnchorsDeviceKey;
    } & Struct;
    readonly isRelaySet: boolean;
    readonly asRelaySet: {
      readonly device: H256;
      readonly relay: Option<PalletIotAnchorsDeviceKey>;
    } & Struct;
    readonly isTransferOffered: boolean;
    readonly asTransferOffered: {
      readonly device: H256;
      readonly to: Option<AccountId32>;
    } & Struct;
    readonly isTransferred: boolean;
    readonly asTransferred: {
      readonly device: H256;
      readonly from: AccountId32;
      readonly to: AccountId32;
    } & Struct;
    readonly isPlausibleRangeSet: boolean;
    readonly asPlausibleRangeSet: {
      readonly kind: PalletIotAnchorsDeviceKind;
      readonly range: Option<{
      readonly min: i64;
      readonly max: i64;
    } & Struct>;
    } & Struct;
    readonly isPolicySet: boolean;
    readonly asPolicySet: {
      readonly kind: PalletIotAnchorsDeviceKind;
      readonly policy: Option<PalletIotAnchorsDevicePolicy>;
    } & Struct;
    readonly isSuspendedByCity: boolean;
    readonly asSuspendedByCity: {
      readonly device: H256;
    } & Struct;
    readonly isResumedByCity: boolean;
    readonly asResumedByCity: {
      readonly device: H256;
    } & Struct;
    readonly isRevokedByCity: boolean;
    readonly asRevokedByCity: {
      readonly device: H256;
    } & Struct;
    readonly isConsumerProposed: boolean;
    readonly asConsumerProposed: {
      readonly device: H256;
      readonly consumer: AccountId32;
    } & Struct;
    readonly isConsumerBound: boolean;
    readonly asConsumerBound: {
      readonly device: H256;
      readonly consumer: AccountId32;
    } & Struct;
    readonly isConsumerUnbound: boolean;
    readonly asConsumerUnbound: {
      readonly device: H256;
    } & Struct;
    readonly isMeterReset: boolean;
    readonly asMeterReset: {
      readonly device: H256;
      readonly previous: Option<u64>;
    } & Struct;
    readonly type: 'Registered' | 'Anchored' | 'Implausible' | 'MeterReported' | 'Suspended' | 'Resumed' | 'Revoked' | 'KeyRotated' | 'RelaySet' | 'TransferOffered' | 'Transferred' | 'PlausibleRangeSet' | 'PolicySet' | 'SuspendedByCity' | 'ResumedByCity' | 'RevokedByCity' | 'ConsumerProposed' | 'ConsumerBound' | 'ConsumerUnbound' | 'MeterReset';
  }

  /** @name PalletUtilityEvent (196) */
  interface PalletUtilityEvent extends Enum {
    readonly isBatchInterrupted: boolean;
    readonly asBatchInterrupted: {
      readonly index: u32;
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly isBatchCompleted: boolean;
    readonly isBatchCompletedWithErrors: boolean;
    readonly isItemCompleted: boolean;
    readonly isItemFailed: boolean;
    readonly asItemFailed: {
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly isDispatchedAs: boolean;
    readonly asDispatchedAs: {
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isIfElseMainSuccess: boolean;
    readonly isIfElseFallbackCalled: boolean;
    readonly asIfElseFallbackCalled: {
      readonly mainError: SpRuntimeDispatchError;
    } & Struct;
    readonly type: 'BatchInterrupted' | 'BatchCompleted' | 'BatchCompletedWithErrors' | 'ItemCompleted' | 'ItemFailed' | 'DispatchedAs' | 'IfElseMainSuccess' | 'IfElseFallbackCalled';
  }

  /** @name PalletMultisigEvent (197) */
  interface PalletMultisigEvent extends Enum {
    readonly isNewMultisig: boolean;
    readonly asNewMultisig: {
      readonly approving: AccountId32;
      readonly multisig: AccountId32;
      readonly callHash: U8aFixed;
    } & Struct;
    readonly isMultisigApproval: boolean;
    readonly asMultisigApproval: {
      readonly approving: AccountId32;
      readonly timepoint: PalletMultisigTimepoint;
      readonly multisig: AccountId32;
      readonly callHash: U8aFixed;
    } & Struct;
    readonly isMultisigExecuted: boolean;
    readonly asMultisigExecuted: {
      readonly approving: AccountId32;
      readonly timepoint: PalletMultisigTimepoint;
      readonly multisig: AccountId32;
      readonly callHash: U8aFixed;
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isMultisigCancelled: boolean;
    readonly asMultisigCancelled: {
      readonly cancelling: AccountId32;
      readonly timepoint: PalletMultisigTimepoint;
      readonly multisig: AccountId32;
      readonly callHash: U8aFixed;
    } & Struct;
    readonly isDepositPoked: boolean;
    readonly asDepositPoked: {
      readonly who: AccountId32;
      readonly callHash: U8aFixed;
      readonly oldDeposit: u128;
      readonly newDeposit: u128;
    } & Struct;
    readonly type: 'NewMultisig' | 'MultisigApproval' | 'MultisigExecuted' | 'MultisigCancelled' | 'DepositPoked';
  }

  /** @name PalletProxyEvent (198) */
  interface PalletProxyEvent extends Enum {
    readonly isProxyExecuted: boolean;
    readonly asProxyExecuted: {
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isPureCreated: boolean;
    readonly asPureCreated: {
      readonly pure: AccountId32;
      readonly who: AccountId32;
      readonly proxyType: CityRuntimeConfigsAccountsProxyType;
      readonly disambiguationIndex: u16;
      readonly at: u32;
      readonly extrinsicIndex: u32;
    } & Struct;
    readonly isPureKilled: boolean;
    readonly asPureKilled: {
      readonly pure: AccountId32;
      readonly spawner: AccountId32;
      readonly proxyType: CityRuntimeConfigsAccountsProxyType;
      readonly disambiguationIndex: u16;
    } & Struct;
    readonly isAnnounced: boolean;
    readonly asAnnounced: {
      readonly real: AccountId32;
      readonly proxy: AccountId32;
      readonly callHash: H256;
    } & Struct;
    readonly isProxyAdded: boolean;
    readonly asProxyAdded: {
      readonly delegator: AccountId32;
      readonly delegatee: AccountId32;
      readonly proxyType: CityRuntimeConfigsAccountsProxyType;
      readonly delay: u32;
    } & Struct;
    readonly isProxyRemoved: boolean;
    readonly asProxyRemoved: {
      readonly delegator: AccountId32;
      readonly delegatee: AccountId32;
      readonly proxyType: CityRuntimeConfigsAccountsProxyType;
      readonly delay: u32;
    } & Struct;
    readonly isDepositPoked: boolean;
    readonly asDepositPoked: {
      readonly who: AccountId32;
      readonly kind: PalletProxyDepositKind;
      readonly oldDeposit: u128;
      readonly newDeposit: u128;
    } & Struct;
    readonly type: 'ProxyExecuted' | 'PureCreated' | 'PureKilled' | 'Announced' | 'ProxyAdded' | 'ProxyRemoved' | 'DepositPoked';
  }

  /** @name PalletProxyDepositKind (199) */
  interface PalletProxyDepositKind extends Enum {
    readonly isProxies: boolean;
    readonly isAnnouncements: boolean;
    readonly type: 'Proxies' | 'Announcements';
  }

  /** @name FrameSystemPhase (200) */
  interface FrameSystemPhase extends Enum {
    readonly isApplyExtrinsic: boolean;
    readonly asApplyExtrinsic: u32;
    readonly isFinalization: boolean;
    readonly isInitialization: boolean;
    readonly type: 'ApplyExtrinsic' | 'Finalization' | 'Initialization';
  }

  /** @name FrameSystemLastRuntimeUpgradeInfo (202) */
  interface FrameSystemLastRuntimeUpgradeInfo extends Struct {
    readonly specVersion: Compact<u32>;
    readonly specName: Text;
  }

  /** @name FrameSystemCodeUpgradeAuthorization (205) */
  interface FrameSystemCodeUpgradeAuthorization extends Struct {
    readonly codeHash: H256;
    readonly checkVersion: bool;
  }

  /** @name FrameSystemLimitsBlockWeights (206) */
  interface FrameSystemLimitsBlockWeights extends Struct {
    readonly baseBlock: SpWeightsWeightV2Weight;
    readonly maxBlock: SpWeightsWeightV2Weight;
    readonly perClass: FrameSupportDispatchPerDispatchClassWeightsPerClass;
  }

  /** @name FrameSupportDispatchPerDispatchClassWeightsPerClass (207) */
  interface FrameSupportDispatchPerDispatchClassWeightsPerClass extends Struct {
    readonly normal: FrameSystemLimitsWeightsPerClass;
    readonly operational: FrameSystemLimitsWeightsPerClass;
    readonly mandatory: FrameSystemLimitsWeightsPerClass;
  }

  /** @name FrameSystemLimitsWeightsPerClass (208) */
  interface FrameSystemLimitsWeightsPerClass extends Struct {
    readonly baseExtrinsic: SpWeightsWeightV2Weight;
    readonly maxExtrinsic: Option<SpWeightsWeightV2Weight>;
    readonly maxTotal: Option<SpWeightsWeightV2Weight>;
    readonly reserved: Option<SpWeightsWeightV2Weight>;
  }

  /** @name FrameSystemLimitsBlockLength (210) */
  interface FrameSystemLimitsBlockLength extends Struct {
    readonly max: FrameSupportDispatchPerDispatchClassU32;
    readonly maxHeaderSize: Option<u32>;
  }

  /** @name FrameSupportDispatchPerDispatchClassU32 (211) */
  interface FrameSupportDispatchPerDispatchClassU32 extends Struct {
    readonly normal: u32;
    readonly operational: u32;
    readonly mandatory: u32;
  }

  /** @name SpWeightsRuntimeDbWeight (212) */
  interface SpWeightsRuntimeDbWeight extends Struct {
    readonly read: u64;
    readonly write: u64;
  }

  /** @name SpVersionRuntimeVersion (213) */
  interface SpVersionRuntimeVersion extends Struct {
    readonly specName: Text;
    readonly implName: Text;
    readonly authoringVersion: u32;
    readonly specVersion: u32;
    readonly implVersion: u32;
    readonly apis: Vec<ITuple<[U8aFixed, u32]>>;
    readonly transactionVersion: u32;
    readonly systemVersion: u8;
  }

  /** @name FrameSystemError (218) */
  interface FrameSystemError extends Enum {
    readonly isInvalidSpecName: boolean;
    readonly isSpecVersionNeedsToIncrease: boolean;
    readonly isFailedToExtractRuntimeVersion: boolean;
    readonly isNonDefaultComposite: boolean;
    readonly isNonZeroRefCount: boolean;
    readonly isCallFiltered: boolean;
    readonly isMultiBlockMigrationsOngoing: boolean;
    readonly isNothingAuthorized: boolean;
    readonly isUnauthorized: boolean;
    readonly type: 'InvalidSpecName' | 'SpecVersionNeedsToIncrease' | 'FailedToExtractRuntimeVersion' | 'NonDefaultComposite' | 'NonZeroRefCount' | 'CallFiltered' | 'MultiBlockMigrationsOngoing' | 'NothingAuthorized' | 'Unauthorized';
  }

  /** @name PalletGrandpaStoredState (222) */
  interface PalletGrandpaStoredState extends Enum {
    readonly isLive: boolean;
    readonly isPendingPause: boolean;
    readonly asPendingPause: {
      readonly scheduledAt: u32;
      readonly delay: u32;
    } & Struct;
    readonly isPaused: boolean;
    readonly isPendingResume: boolean;
    readonly asPendingResume: {
      readonly scheduledAt: u32;
      readonly delay: u32;
    } & Struct;
    readonly type: 'Live' | 'PendingPause' | 'Paused' | 'PendingResume';
  }

  /** @name PalletGrandpaStoredPendingChange (223) */
  interface PalletGrandpaStoredPendingChange extends Struct {
    readonly scheduledAt: u32;
    readonly delay: u32;
    readonly nextAuthorities: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>;
    readonly forced: Option<u32>;
  }

  /** @name PalletGrandpaError (225) */
  interface PalletGrandpaError extends Enum {
    readonly isPauseFailed: boolean;
    readonly isResumeFailed: boolean;
    readonly isChangePending: boolean;
    readonly isTooSoon: boolean;
    readonly isInvalidKeyOwnershipProof: boolean;
    readonly isInvalidEquivocationProof: boolean;
    readonly isDuplicateOffenceReport: boolean;
    readonly type: 'PauseFailed' | 'ResumeFailed' | 'ChangePending' | 'TooSoon' | 'InvalidKeyOwnershipProof' | 'InvalidEquivocationProof' | 'DuplicateOffenceReport';
  }

  /** @name PalletBalancesBalanceLock (227) */
  interface PalletBalancesBalanceLock extends Struct {
    readonly id: U8aFixed;
    readonly amount: u128;
    readonly reasons: PalletBalancesReasons;
  }

  /** @name PalletBalancesReasons (228) */
  interface PalletBalancesReasons extends Enum {
    readonly isFee: boolean;
    readonly isMisc: boolean;
    readonly isAll: boolean;
    readonly type: 'Fee' | 'Misc' | 'All';
  }

  /** @name PalletBalancesReserveData (231) */
  interface PalletBalancesReserveData extends Struct {
    readonly id: U8aFixed;
    readonly amount: u128;
  }

  /** @name FrameSupportTokensMiscIdAmountRuntimeHoldReason (234) */
  interface FrameSupportTokensMiscIdAmountRuntimeHoldReason extends Struct {
    readonly id: CityRuntimeRuntimeHoldReason;
    readonly amount: u128;
  }

  /** @name FrameSupportTokensMiscIdAmountRuntimeFreezeReason (237) */
  interface FrameSupportTokensMiscIdAmountRuntimeFreezeReason extends Struct {
    readonly id: CityRuntimeRuntimeFreezeReason;
    readonly amount: u128;
  }

  /** @name CityRuntimeRuntimeFreezeReason (238) */
  type CityRuntimeRuntimeFreezeReason = Null;

  /** @name PalletBalancesError (240) */
  interface PalletBalancesError extends Enum {
    readonly isVestingBalance: boolean;
    readonly isLiquidityRestrictions: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isExistentialDeposit: boolean;
    readonly isExpendability: boolean;
    readonly isExistingVestingSchedule: boolean;
    readonly isDeadAccount: boolean;
    readonly isTooManyReserves: boolean;
    readonly isTooManyHolds: boolean;
    readonly isTooManyFreezes: boolean;
    readonly isIssuanceDeactivated: boolean;
    readonly isDeltaZero: boolean;
    readonly type: 'VestingBalance' | 'LiquidityRestrictions' | 'InsufficientBalance' | 'ExistentialDeposit' | 'Expendability' | 'ExistingVestingSchedule' | 'DeadAccount' | 'TooManyReserves' | 'TooManyHolds' | 'TooManyFreezes' | 'IssuanceDeactivated' | 'DeltaZero';
  }

  /** @name PalletTransactionPaymentReleases (242) */
  interface PalletTransactionPaymentReleases extends Enum {
    readonly isV1Ancient: boolean;
    readonly isV2: boolean;
    readonly type: 'V1Ancient' | 'V2';
  }

  /** @name FrameSupportStorageNoDrop (243) */
  interface FrameSupportStorageNoDrop extends FrameSupportTokensFungibleImbalance {}

  /** @name FrameSupportTokensFungibleImbalance (244) */
  interface FrameSupportTokensFungibleImbalance extends Struct {
    readonly amount: u128;
  }

  /** @name PalletValidatorSetError (246) */
  interface PalletValidatorSetError extends Enum {
    readonly isAlreadyValidator: boolean;
    readonly isNotValidator: boolean;
    readonly isNoSessionKeys: boolean;
    readonly isTooManyValidators: boolean;
    readonly isTooFewValidators: boolean;
    readonly isZeroOfflineThreshold: boolean;
    readonly isStillValidating: boolean;
    readonly type: 'AlreadyValidator' | 'NotValidator' | 'NoSessionKeys' | 'TooManyValidators' | 'TooFewValidators' | 'ZeroOfflineThreshold' | 'StillValidating';
  }

  /** @name SpCoreCryptoKeyTypeId (253) */
  interface SpCoreCryptoKeyTypeId extends U8aFixed {}

  /** @name PalletSessionError (254) */
  interface PalletSessionError extends Enum {
    readonly isInvalidProof: boolean;
    readonly isNoAssociatedValidatorId: boolean;
    readonly isDuplicatedKey: boolean;
    readonly isNoKeys: boolean;
    readonly isNoAccount: boolean;
    readonly type: 'InvalidProof' | 'NoAssociatedValidatorId' | 'DuplicatedKey' | 'NoKeys' | 'NoAccount';
  }

  /** @name PalletPreimageOldRequestStatus (255) */
  interface PalletPreimageOldRequestStatus extends Enum {
    readonly isUnrequested: boolean;
    readonly asUnrequested: {
      readonly deposit: ITuple<[AccountId32, u128]>;
      readonly len: u32;
    } & Struct;
    readonly isRequested: boolean;
    readonly asRequested: {
      readonly deposit: Option<ITuple<[AccountId32, u128]>>;
      readonly count: u32;
      readonly len: Option<u32>;
    } & Struct;
    readonly type: 'Unrequested' | 'Requested';
  }

  /** @name PalletPreimageRequestStatus (258) */
  interface PalletPreimageRequestStatus extends Enum {
    readonly isUnrequested: boolean;
    readonly asUnrequested: {
      readonly ticket: ITuple<[AccountId32, u128]>;
      readonly len: u32;
    } & Struct;
    readonly isRequested: boolean;
    readonly asRequested: {
      readonly maybeTicket: Option<ITuple<[AccountId32, u128]>>;
      readonly count: u32;
      readonly maybeLen: Option<u32>;
    } & Struct;
    readonly type: 'Unrequested' | 'Requested';
  }

  /** @name PalletPreimageError (264) */
  interface PalletPreimageError extends Enum {
    readonly isTooBig: boolean;
    readonly isAlreadyNoted: boolean;
    readonly isNotAuthorized: boolean;
    readonly isNotNoted: boolean;
    readonly isRequested: boolean;
    readonly isNotRequested: boolean;
    readonly isTooMany: boolean;
    readonly isTooFew: boolean;
    readonly type: 'TooBig' | 'AlreadyNoted' | 'NotAuthorized' | 'NotNoted' | 'Requested' | 'NotRequested' | 'TooMany' | 'TooFew';
  }

  /** @name PalletSchedulerScheduled (267) */
  interface PalletSchedulerScheduled extends Struct {
    readonly maybeId: Option<U8aFixed>;
    readonly priority: u8;
    readonly call: FrameSupportPreimagesBounded;
    readonly maybePeriodic: Option<ITuple<[u32, u32]>>;
    readonly origin: CityRuntimeOriginCaller;
  }

  /** @name PalletSchedulerRetryConfig (269) */
  interface PalletSchedulerRetryConfig extends Struct {
    readonly totalRetries: u8;
    readonly remaining: u8;
    readonly period: u32;
  }

  /** @name PalletSchedulerError (270) */
  interface PalletSchedulerError extends Enum {
    readonly isFailedToSchedule: boolean;
    readonly isNotFound: boolean;
    readonly isTargetBlockNumberInPast: boolean;
    readonly isRescheduleNoChange: boolean;
    readonly isNamed: boolean;
    readonly type: 'FailedToSchedule' | 'NotFound' | 'TargetBlockNumberInPast' | 'RescheduleNoChange' | 'Named';
  }

  /** @name PalletCollectiveVotes (273) */
  interface PalletCollectiveVotes extends Struct {
    readonly index: u32;
    readonly threshold: u32;
    readonly ayes: Vec<AccountId32>;
    readonly nays: Vec<AccountId32>;
    readonly end: u32;
  }

  /** @name PalletCollectiveError (274) */
  interface PalletCollectiveError extends Enum {
    readonly isNotMember: boolean;
    readonly isDuplicateProposal: boolean;
    readonly isProposalMissing: boolean;
    readonly isWrongIndex: boolean;
    readonly isDuplicateVote: boolean;
    readonly isAlreadyInitialized: boolean;
    readonly isTooEarly: boolean;
    readonly isTooManyProposals: boolean;
    readonly isWrongProposalWeight: boolean;
    readonly isWrongProposalLength: boolean;
    readonly isPrimeAccountNotMember: boolean;
    readonly isProposalActive: boolean;
    readonly type: 'NotMember' | 'DuplicateProposal' | 'ProposalMissing' | 'WrongIndex' | 'DuplicateVote' | 'AlreadyInitialized' | 'TooEarly' | 'TooManyProposals' | 'WrongProposalWeight' | 'WrongProposalLength' | 'PrimeAccountNotMember' | 'ProposalActive';
  }

  /** @name PalletMembershipError (276) */
  interface PalletMembershipError extends Enum {
    readonly isAlreadyMember: boolean;
    readonly isNotMember: boolean;
    readonly isTooManyMembers: boolean;
    readonly type: 'AlreadyMember' | 'NotMember' | 'TooManyMembers';
  }

  /** @name PalletDemocracyReferendumInfo (284) */
  interface PalletDemocracyReferendumInfo extends Enum {
    readonly isOngoing: boolean;
    readonly asOngoing: PalletDemocracyReferendumStatus;
    readonly isFinished: boolean;
    readonly asFinished: {
      readonly approved: bool;
      readonly end: u32;
    } & Struct;
    readonly type: 'Ongoing' | 'Finished';
  }

  /** @name PalletDemocracyReferendumStatus (285) */
  interface PalletDemocracyReferendumStatus extends Struct {
    readonly end: u32;
    readonly proposal: FrameSupportPreimagesBounded;
    readonly threshold: PalletDemocracyVoteThreshold;
    readonly delay: u32;
    readonly tally: PalletDemocracyTally;
  }

  /** @name PalletDemocracyTally (286) */
  interface PalletDemocracyTally extends Struct {
    readonly ayes: u128;
    readonly nays: u128;
    readonly turnout: u128;
  }

  /** @name PalletDemocracyVoteVoting (287) */
  interface PalletDemocracyVoteVoting extends Enum {
    readonly isDirect: boolean;
    readonly asDirect: {
      readonly votes: Vec<ITuple<[u32, PalletDemocracyVoteAccountVote]>>;
      readonly delegations: PalletDemocracyDelegations;
      readonly prior: PalletDemocracyVotePriorLock;
    } & Struct;
    readonly isDelegating: boolean;
    readonly asDelegating: {
      readonly balance: u128;
      readonly target: AccountId32;
      readonly conviction: PalletDemocracyConviction;
      readonly delegations: PalletDemocracyDelegations;
      readonly prior: PalletDemocracyVotePriorLock;
    } & Struct;
    readonly type: 'Direct' | 'Delegating';
  }

  /** @name PalletDemocracyDelegations (291) */
  interface PalletDemocracyDelegations extends Struct {
    readonly votes: u128;
    readonly capital: u128;
  }

  /** @name PalletDemocracyVotePriorLock (292) */
  interface PalletDemocracyVotePriorLock extends ITuple<[u32, u128]> {}

  /** @name PalletDemocracyError (295) */
  interface PalletDemocracyError extends Enum {
    readonly isValueLow: boolean;
    readonly isProposalMissing: boolean;
    readonly isAlreadyCanceled: boolean;
    readonly isDuplicateProposal: boolean;
    readonly isProposalBlacklisted: boolean;
    readonly isNotSimpleMajority: boolean;
    readonly isInvalidHash: boolean;
    readonly isNoProposal: boolean;
    readonly isAlreadyVetoed: boolean;
    readonly isReferendumInvalid: boolean;
    readonly isNoneWaiting: boolean;
    readonly isNotVoter: boolean;
    readonly isNoPermission: boolean;
    readonly isAlreadyDelegating: boolean;
    readonly isInsufficientFunds: boolean;
    readonly isNotDelegating: boolean;
    readonly isVotesExist: boolean;
    readonly isInstantNotAllowed: boolean;
    readonly isNonsense: boolean;
    readonly isWrongUpperBound: boolean;
    readonly isMaxVotesReached: boolean;
    readonly isTooMany: boolean;
    readonly isVotingPeriodLow: boolean;
    readonly isPreimageNotExist: boolean;
    readonly type: 'ValueLow' | 'ProposalMissing' | 'AlreadyCanceled' | 'DuplicateProposal' | 'ProposalBlacklisted' | 'NotSimpleMajority' | 'InvalidHash' | 'NoProposal' | 'AlreadyVetoed' | 'ReferendumInvalid' | 'NoneWaiting' | 'NotVoter' | 'NoPermission' | 'AlreadyDelegating' | 'InsufficientFunds' | 'NotDelegating' | 'VotesExist' | 'InstantNotAllowed' | 'Nonsense' | 'WrongUpperBound' | 'MaxVotesReached' | 'TooMany' | 'VotingPeriodLow' | 'PreimageNotExist';
  }

  /** @name PalletGovernancePeriodsGovernancePeriods (296) */
  interface PalletGovernancePeriodsGovernancePeriods extends Struct {
    readonly launch: u32;
    readonly voting: u32;
    readonly fastTrackVoting: u32;
    readonly minimumVoting: u32;
    readonly enactment: u32;
    readonly voteLocking: u32;
    readonly cooloff: u32;
    readonly councilMotion: u32;
    readonly technicalMotion: u32;
  }

  /** @name PalletCitycoinIssuanceRecord (297) */
  interface PalletCitycoinIssuanceRecord extends Struct {
    readonly allowance: u128;
    readonly councilMinted: u128;
    readonly councilBurned: u128;
    readonly rootMinted: u128;
    readonly rootBurned: u128;
  }

  /** @name PalletCitycoinReceipt (299) */
  interface PalletCitycoinReceipt extends Struct {
    readonly payer: AccountId32;
    readonly service: u32;
    readonly price: u128;
    readonly tax: u128;
    readonly reference: H256;
    readonly at: u32;
  }

  /** @name PalletCitycoinEmployee (300) */
  interface PalletCitycoinEmployee extends Struct {
    readonly department: CityPrimitivesCredentialsDepartment;
    readonly role: u16;
    readonly wage: u128;
    readonly pending: Option<PalletCitycoinPendingWage>;
    readonly arrears: u128;
    readonly settledThrough: u32;
    readonly departed: bool;
  }

  /** @name PalletCitycoinPendingWage (302) */
  interface PalletCitycoinPendingWage extends Struct {
    readonly fromPeriod: u32;
    readonly wage: u128;
  }

  /** @name PalletCitycoinPayrollRun (303) */
  interface PalletCitycoinPayrollRun extends Struct {
    readonly period: u32;
    readonly cursor: Option<AccountId32>;
    readonly paid: u128;
    readonly owed: u128;
  }

  /** @name PalletCitycoinOpenBill (305) */
  interface PalletCitycoinOpenBill extends Struct {
    readonly kind: CityPrimitivesMeteringMeterKind;
    readonly units: u64;
    readonly amount: u128;
    readonly since: u32;
    readonly held: bool;
    readonly disputed: Option<H256>;
  }

  /** @name PalletCitycoinError (306) */
  interface PalletCitycoinError extends Enum {
    readonly isZeroAmount: boolean;
    readonly isAboveMintCap: boolean;
    readonly isInsufficientFreeFunds: boolean;
    readonly isServiceNotFound: boolean;
    readonly isTooManyServices: boolean;
    readonly isServiceInactive: boolean;
    readonly isNotAResident: boolean;
    readonly isPriceAboveLimit: boolean;
    readonly isNoEmployeeCredential: boolean;
    readonly isAlreadyEnrolled: boolean;
    readonly isTooManyEmployees: boolean;
    readonly isEmployeeNotFound: boolean;
    readonly isEmployeeDeparted: boolean;
    readonly isNoOpenBill: boolean;
    readonly isSelfDealing: boolean;
    readonly isAboveClerkWageCap: boolean;
    readonly isAlreadyDisputed: boolean;
    readonly isAboveBill: boolean;
    readonly type: 'ZeroAmount' | 'AboveMintCap' | 'InsufficientFreeFunds' | 'ServiceNotFound' | 'TooManyServices' | 'ServiceInactive' | 'NotAResident' | 'PriceAboveLimit' | 'NoEmployeeCredential' | 'AlreadyEnrolled' | 'TooManyEmployees' | 'EmployeeNotFound' | 'EmployeeDeparted' | 'NoOpenBill' | 'SelfDealing' | 'AboveClerkWageCap' | 'AlreadyDisputed' | 'AboveBill';
  }

  /** @name PalletReserveFundBudget (307) */
  interface PalletReserveFundBudget extends Struct {
    readonly limit: u128;
    readonly period: u32;
    readonly spent: u128;
  }

  /** @name PalletReserveFundContract (308) */
  interface PalletReserveFundContract extends Struct {
    readonly contractor: AccountId32;
    readonly milestones: Vec<PalletReserveFundMilestone>;
    readonly cancelled: bool;
  }

  /** @name PalletReserveFundMilestone (310) */
  interface PalletReserveFundMilestone extends Struct {
    readonly amount: u128;
    readonly document: H256;
    readonly state: PalletReserveFundMilestoneState;
  }

  /** @name PalletReserveFundMilestoneState (311) */
  interface PalletReserveFundMilestoneState extends Enum {
    readonly isPending: boolean;
    readonly isCertified: boolean;
    readonly asCertified: {
      readonly at: u32;
      readonly by: AccountId32;
    } & Struct;
    readonly isPaid: boolean;
    readonly asPaid: {
      readonly at: u32;
    } & Struct;
    readonly type: 'Pending' | 'Certified' | 'Paid';
  }

  /** @name FrameSupportPalletId (313) */
  interface FrameSupportPalletId extends U8aFixed {}

  /** @name PalletReserveFundError (314) */
  interface PalletReserveFundError extends Enum {
    readonly isZeroAmount: boolean;
    readonly isAboveSpendCap: boolean;
    readonly isNoBudget: boolean;
    readonly isOverBudget: boolean;
    readonly isBelowReserveFloor: boolean;
    readonly isObligatedFunds: boolean;
    readonly isTooManyBudgets: boolean;
    readonly isBudgetNotFound: boolean;
    readonly isInsufficientFreeFunds: boolean;
    readonly isObligationExceeded: boolean;
    readonly isNoMilestones: boolean;
    readonly isContractNotFound: boolean;
    readonly isContractCancelled: boolean;
    readonly isMilestoneNotFound: boolean;
    readonly isNotPending: boolean;
    readonly isNotCertified: boolean;
    readonly isChallengePeriodRunning: boolean;
    readonly isChallengePeriodOver: boolean;
    readonly isInspectorIsContractor: boolean;
    readonly type: 'ZeroAmount' | 'AboveSpendCap' | 'NoBudget' | 'OverBudget' | 'BelowReserveFloor' | 'ObligatedFunds' | 'TooManyBudgets' | 'BudgetNotFound' | 'InsufficientFreeFunds' | 'ObligationExceeded' | 'NoMilestones' | 'ContractNotFound' | 'ContractCancelled' | 'MilestoneNotFound' | 'NotPending' | 'NotCertified' | 'ChallengePeriodRunning' | 'ChallengePeriodOver' | 'InspectorIsContractor';
  }

  /** @name PalletBondsSeries (315) */
  interface PalletBondsSeries extends Struct {
    readonly terms: PalletBondsTerms;
    readonly state: PalletBondsSeriesState;
    readonly sold: u32;
    readonly soldToOthers: u32;
    readonly outstanding: u32;
    readonly fundedPeriods: u32;
    readonly couponsPaid: u128;
    readonly arrearsSince: Option<u32>;
    readonly called: Option<ITuple<[u32, u128]>>;
    readonly defaultedAt: Option<u32>;
  }

  /** @name PalletBondsSeriesState (316) */
  interface PalletBondsSeriesState extends Enum {
    readonly isSubscription: boolean;
    readonly isActive: boolean;
    readonly isCancelled: boolean;
    readonly isClosed: boolean;
    readonly type: 'Subscription' | 'Active' | 'Cancelled' | 'Closed';
  }

  /** @name PalletBondsHolding (320) */
  interface PalletBondsHolding extends Struct {
    readonly units: u32;
    readonly settledThrough: u32;
    readonly owed: u128;
    readonly depositor: AccountId32;
    readonly deposit: u128;
  }

  /** @name PalletBondsError (321) */
  interface PalletBondsError extends Enum {
    readonly isInvalidTerms: boolean;
    readonly isTooManyPeriods: boolean;
    readonly isAboveDebtCeiling: boolean;
    readonly isBelowReserveFloor: boolean;
    readonly isSeriesNotFound: boolean;
    readonly isSubscriptionClosed: boolean;
    readonly isSubscriptionOpen: boolean;
    readonly isNotEnoughUnits: boolean;
    readonly isZeroUnits: boolean;
    readonly isWrongState: boolean;
    readonly isNotEnoughHeld: boolean;
    readonly isRecipientNotResident: boolean;
    readonly isInArrears: boolean;
    readonly isNotMatured: boolean;
    readonly isNothingToClaim: boolean;
    readonly isCallBelowFace: boolean;
    readonly isInvalidCallDate: boolean;
    readonly isAlreadyCalled: boolean;
    readonly isNotInArrears: boolean;
    readonly isGracePeriodRunning: boolean;
    readonly isAlreadyDefaulted: boolean;
    readonly isCouponRateTooHigh: boolean;
    readonly isCallPremiumTooHigh: boolean;
    readonly type: 'InvalidTerms' | 'TooManyPeriods' | 'AboveDebtCeiling' | 'BelowReserveFloor' | 'SeriesNotFound' | 'SubscriptionClosed' | 'SubscriptionOpen' | 'NotEnoughUnits' | 'ZeroUnits' | 'WrongState' | 'NotEnoughHeld' | 'RecipientNotResident' | 'InArrears' | 'NotMatured' | 'NothingToClaim' | 'CallBelowFace' | 'InvalidCallDate' | 'AlreadyCalled' | 'NotInArrears' | 'GracePeriodRunning' | 'AlreadyDefaulted' | 'CouponRateTooHigh' | 'CallPremiumTooHigh';
  }

  /** @name PalletIdentityRegistryIssuer (322) */
  interface PalletIdentityRegistryIssuer extends Struct {
    readonly department: CityPrimitivesCredentialsDepartment;
    readonly name: Bytes;
    readonly accounts: Vec<AccountId32>;
    readonly kinds: Vec<CityPrimitivesCredentialsCredentialKind>;
    readonly removedAt: Option<u32>;
  }

  /** @name PalletIdentityRegistryCredential (323) */
  interface PalletIdentityRegistryCredential extends Struct {
    readonly subject: AccountId32;
    readonly kind: CityPrimitivesCredentialsCredentialKind;
    readonly issuedBy: PalletIdentityRegistryIssuedBy;
    readonly commitment: Option<H256>;
    readonly issuedAt: u32;
    readonly expiresAt: Option<u32>;
    readonly state: PalletIdentityRegistryCredentialState;
    readonly erasedAt: Option<u32>;
  }

  /** @name PalletIdentityRegistryCredentialState (324) */
  interface PalletIdentityRegistryCredentialState extends Enum {
    readonly isActive: boolean;
    readonly isSuspended: boolean;
    readonly asSuspended: {
      readonly since: u32;
      readonly reason: PalletIdentityRegistrySuspensionReason;
    } & Struct;
    readonly isRevoked: boolean;
    readonly asRevoked: {
      readonly reason: PalletIdentityRegistryRevocationReason;
      readonly at: u32;
    } & Struct;
    readonly type: 'Active' | 'Suspended' | 'Revoked';
  }

  /** @name PalletIdentityRegistryHeldCredential (326) */
  interface PalletIdentityRegistryHeldCredential extends Struct {
    readonly id: u64;
    readonly kind: CityPrimitivesCredentialsCredentialKind;
    readonly issuedBy: PalletIdentityRegistryIssuedBy;
    readonly expiresAt: Option<u32>;
    readonly suspended: bool;
  }

  /** @name PalletIdentityRegistryError (330) */
  interface PalletIdentityRegistryError extends Enum {
    readonly isIssuerNotFound: boolean;
    readonly isIssuerRemoved: boolean;
    readonly isTooManyIssuers: boolean;
    readonly isAccountActsForAnotherIssuer: boolean;
    readonly isPrivilegedKind: boolean;
    readonly isKindNotAllowed: boolean;
    readonly isNotAnIssuer: boolean;
    readonly isCredentialNotFound: boolean;
    readonly isNotTheIssuer: boolean;
    readonly isNotTheSubject: boolean;
    readonly isTooManyCredentials: boolean;
    readonly isRevoked: boolean;
    readonly isAlreadySuspended: boolean;
    readonly isNotSuspended: boolean;
    readonly isErased: boolean;
    readonly isExpiryInThePast: boolean;
    readonly isZeroLimit: boolean;
    readonly isTooManyFromIssuer: boolean;
    readonly isIssuerHasCredentials: boolean;
    readonly isIssuerNotRemoved: boolean;
    readonly isReferendumRunning: boolean;
    readonly isReasonReserved: boolean;
    readonly isPruned: boolean;
    readonly type: 'IssuerNotFound' | 'IssuerRemoved' | 'TooManyIssuers' | 'AccountActsForAnotherIssuer' | 'PrivilegedKind' | 'KindNotAllowed' | 'NotAnIssuer' | 'CredentialNotFound' | 'NotTheIssuer' | 'NotTheSubject' | 'TooManyCredentials' | 'Revoked' | 'AlreadySuspended' | 'NotSuspended' | 'Erased' | 'ExpiryInThePast' | 'ZeroLimit' | 'TooManyFromIssuer' | 'IssuerHasCredentials' | 'IssuerNotRemoved' | 'ReferendumRunning' | 'ReasonReserved' | 'Pruned';
  }

  /** @name PalletVehicleRegistryVehicle (331) */
  interface PalletVehicleRegistryVehicle extends Struct {
    readonly vin: Bytes;
    readonly make: Bytes;
    readonly model: Bytes;
    readonly year: u16;
    readonly owner: AccountId32;
    readonly status: PalletVehicleRegistryStatus;
    readonly registrations: u32;
    readonly plate: Option<Bytes>;
    readonly registeredUntil: u32;
    readonly odometer: u32;
    readonly odometerFlagged: bool;
    readonly stolen: bool;
    readonly stolenByPolice: bool;
    readonly lien: Option<PalletVehicleRegistryLien>;
    readonly lienConsent: Option<AccountId32>;
    readonly offer: Option<PalletVehicleRegistryOffer>;
    readonly deposit: u128;
  }

  /** @name PalletVehicleRegistryStatus (332) */
  interface PalletVehicleRegistryStatus extends Enum {
    readonly isPending: boolean;
    readonly isRegistered: boolean;
    readonly isDeregistered: boolean;
    readonly asDeregistered: PalletVehicleRegistryDeregistrationReason;
    readonly type: 'Pending' | 'Registered' | 'Deregistered';
  }

  /** @name PalletVehicleRegistryLien (335) */
  interface PalletVehicleRegistryLien extends Struct {
    readonly lender: AccountId32;
    readonly reference: H256;
    readonly since: u32;
  }

  /** @name PalletVehicleRegistryOffer (337) */
  interface PalletVehicleRegistryOffer extends Struct {
    readonly buyer: AccountId32;
    readonly price: Option<u128>;
  }

  /** @name PalletVehicleRegistryInspection (341) */
  interface PalletVehicleRegistryInspection extends Struct {
    readonly inspector: AccountId32;
    readonly passed: bool;
    readonly odometer: u32;
    readonly report: H256;
    readonly at: u32;
    readonly validUntil: Option<u32>;
  }

  /** @name PalletVehicleRegistryPermit (344) */
  interface PalletVehicleRegistryPermit extends Struct {
    readonly zone: u16;
    readonly from: u32;
    readonly until: u32;
  }

  /** @name PalletVehicleRegistryFine (346) */
  interface PalletVehicleRegistryFine extends Struct {
    readonly vehicle: u32;
    readonly officer: AccountId32;
    readonly amount: u128;
    readonly offence: u16;
    readonly evidence: H256;
    readonly issuedAt: u32;
    readonly deadline: u32;
    readonly status: PalletVehicleRegistryFineStatus;
  }

  /** @name PalletVehicleRegistryFineStatus (347) */
  interface PalletVehicleRegistryFineStatus extends Enum {
    readonly isOpen: boolean;
    readonly isDisputed: boolean;
    readonly asDisputed: H256;
    readonly type: 'Open' | 'Disputed';
  }

  /** @name PalletVehicleRegistryError (350) */
  interface PalletVehicleRegistryError extends Enum {
    readonly isInvalidVin: boolean;
    readonly isVinTaken: boolean;
    readonly isInvalidPlate: boolean;
    readonly isPlateTaken: boolean;
    readonly isPlateCoolingDown: boolean;
    readonly isInvalidYear: boolean;
    readonly isEmptyText: boolean;
    readonly isNotAResident: boolean;
    readonly isVehicleNotFound: boolean;
    readonly isNotOwner: boolean;
    readonly isWrongStatus: boolean;
    readonly isTooManyVehicles: boolean;
    readonly isActiveLien: boolean;
    readonly isVehicleStolen: boolean;
    readonly isOverdueFine: boolean;
    readonly isRegistrationExpired: boolean;
    readonly isNoOffer: boolean;
    readonly isNotTheBuyer: boolean;
    readonly isPriceMismatch: boolean;
    readonly isOfferToSelf: boolean;
    readonly isLienExists: boolean;
    readonly isNoLienConsent: boolean;
    readonly isNoLien: boolean;
    readonly isNotFlagged: boolean;
    readonly isAlreadyStolen: boolean;
    readonly isNotStolen: boolean;
    readonly isZoneNotFound: boolean;
    readonly isZeroAmount: boolean;
    readonly isTooManyPermits: boolean;
    readonly isFineNotFound: boolean;
    readonly isTooManyFines: boolean;
    readonly isInvalidDeadline: boolean;
    readonly isDisputeWindowClosed: boolean;
    readonly isAlreadyDisputed: boolean;
    readonly isNotDisputed: boolean;
    readonly isFlaggedByPolice: boolean;
    readonly isUnpaidFines: boolean;
    readonly isVehicleDataMismatch: boolean;
    readonly isVinScrapped: boolean;
    readonly type: 'InvalidVin' | 'VinTaken' | 'InvalidPlate' | 'PlateTaken' | 'PlateCoolingDown' | 'InvalidYear' | 'EmptyText' | 'NotAResident' | 'VehicleNotFound' | 'NotOwner' | 'WrongStatus' | 'TooManyVehicles' | 'ActiveLien' | 'VehicleStolen' | 'OverdueFine' | 'RegistrationExpired' | 'NoOffer' | 'NotTheBuyer' | 'PriceMismatch' | 'OfferToSelf' | 'LienExists' | 'NoLienConsent' | 'NoLien' | 'NotFlagged' | 'AlreadyStolen' | 'NotStolen' | 'ZoneNotFound' | 'ZeroAmount' | 'TooManyPermits' | 'FineNotFound' | 'TooManyFines' | 'InvalidDeadline' | 'DisputeWindowClosed' | 'AlreadyDisputed' | 'NotDisputed' | 'FlaggedByPolice' | 'UnpaidFines' | 'VehicleDataMismatch' | 'VinScrapped';
  }

  /** @name PalletIotAnchorsDevice (351) */
  interface PalletIotAnchorsDevice extends Struct {
    readonly key: PalletIotAnchorsDeviceKey;
    readonly owner: AccountId32;
    readonly kind: PalletIotAnchorsDeviceKind;
    readonly location: Bytes;
    readonly status: PalletIotAnchorsDeviceStatus;
    readonly deposit: u128;
    readonly nextSequence: u64;
    readonly lastAnchorAt: Option<u32>;
    readonly lastTimestamp: u64;
    readonly meterTotal: Option<u64>;
    readonly offeredTo: Option<AccountId32>;
    readonly binding: Option<PalletIotAnchorsBinding>;
    readonly proposedConsumer: Option<AccountId32>;
    readonly relay: Option<PalletIotAnchorsDeviceKey>;
  }

  /** @name PalletIotAnchorsDeviceStatus (352) */
  interface PalletIotAnchorsDeviceStatus extends Enum {
    readonly isActive: boolean;
    readonly isSuspended: boolean;
    readonly isSuspendedByCity: boolean;
    readonly isRevoked: boolean;
    readonly type: 'Active' | 'Suspended' | 'SuspendedByCity' | 'Revoked';
  }

  /** @name PalletIotAnchorsBinding (354) */
  interface PalletIotAnchorsBinding extends Struct {
    readonly consumer: AccountId32;
    readonly sinceSequence: u64;
  }

  /** @name PalletIotAnchorsAnchorRecord (356) */
  interface PalletIotAnchorsAnchorRecord extends Struct {
    readonly root: H256;
    readonly count: u32;
    readonly timestamp: u64;
    readonly at: u32;
    readonly summary: Option<PalletIotAnchorsSummary>;
    readonly cumulative: Option<u64>;
    readonly readingsSignedBy: Option<PalletIotAnchorsDeviceKey>;
  }

  /** @name PalletIotAnchorsError (359) */
  interface PalletIotAnchorsError extends Enum {
    readonly isUnknownDevice: boolean;
    readonly isNotOwner: boolean;
    readonly isKeyInUse: boolean;
    readonly isBadProofOfPossession: boolean;
    readonly isNotAnOperator: boolean;
    readonly isNotAMeterOperator: boolean;
    readonly isBadGeohash: boolean;
    readonly isLocationTooPrecise: boolean;
    readonly isDeviceSuspended: boolean;
    readonly isNotSuspended: boolean;
    readonly isBadSignature: boolean;
    readonly isReplayed: boolean;
    readonly isSequenceGap: boolean;
    readonly isStaleTimestamp: boolean;
    readonly isFutureTimestamp: boolean;
    readonly isTimestampNotIncreasing: boolean;
    readonly isRateLimited: boolean;
    readonly isEmptyBatch: boolean;
    readonly isBatchTooLarge: boolean;
    readonly isBadSummary: boolean;
    readonly isMissingMeterReading: boolean;
    readonly isNotAMeter: boolean;
    readonly isMeterWentBackwards: boolean;
    readonly isNotOffered: boolean;
    readonly isAlreadyOwner: boolean;
    readonly isBadRange: boolean;
    readonly isNoPolicy: boolean;
    readonly isTooManyDevices: boolean;
    readonly isBadPolicy: boolean;
    readonly isSuspendedByCity: boolean;
    readonly isNotSuspendedByCity: boolean;
    readonly isDeviceRevoked: boolean;
    readonly isOwnerNotAccredited: boolean;
    readonly isMeterSummary: boolean;
    readonly isNotProposed: boolean;
    readonly isAlreadyBound: boolean;
    readonly isRelayIsDeviceKey: boolean;
    readonly isNoRelayForMeters: boolean;
    readonly type: 'UnknownDevice' | 'NotOwner' | 'KeyInUse' | 'BadProofOfPossession' | 'NotAnOperator' | 'NotAMeterOperator' | 'BadGeohash' | 'LocationTooPrecise' | 'DeviceSuspended' | 'NotSuspended' | 'BadSignature' | 'Replayed' | 'SequenceGap' | 'StaleTimestamp' | 'FutureTimestamp' | 'TimestampNotIncreasing' | 'RateLimited' | 'EmptyBatch' | 'BatchTooLarge' | 'BadSummary' | 'MissingMeterReading' | 'NotAMeter' | 'MeterWentBackwards' | 'NotOffered' | 'AlreadyOwner' | 'BadRange' | 'NoPolicy' | 'TooManyDevices' | 'BadPolicy' | 'SuspendedByCity' | 'NotSuspendedByCity' | 'DeviceRevoked' | 'OwnerNotAccredited' | 'MeterSummary' | 'NotProposed' | 'AlreadyBound' | 'RelayIsDeviceKey' | 'NoRelayForMeters';
  }

  /** @name PalletUtilityError (360) */
  interface PalletUtilityError extends Enum {
    readonly isTooManyCalls: boolean;
    readonly type: 'TooManyCalls';
  }

  /** @name PalletMultisigMultisig (362) */
  interface PalletMultisigMultisig extends Struct {
    readonly when: PalletMultisigTimepoint;
    readonly deposit: u128;
    readonly depositor: AccountId32;
    readonly approvals: Vec<AccountId32>;
  }

  /** @name PalletMultisigError (364) */
  interface PalletMultisigError extends Enum {
    readonly isMinimumThreshold: boolean;
    readonly isAlreadyApproved: boolean;
    readonly isNoApprovalsNeeded: boolean;
    readonly isTooFewSignatories: boolean;
    readonly isTooManySignatories: boolean;
    readonly isSignatoriesOutOfOrder: boolean;
    readonly isSenderInSignatories: boolean;
    readonly isNotFound: boolean;
    readonly isNotOwner: boolean;
    readonly isNoTimepoint: boolean;
    readonly isWrongTimepoint: boolean;
    readonly isUnexpectedTimepoint: boolean;
    readonly isMaxWeightTooLow: boolean;
    readonly isAlreadyStored: boolean;
    readonly type: 'MinimumThreshold' | 'AlreadyApproved' | 'NoApprovalsNeeded' | 'TooFewSignatories' | 'TooManySignatories' | 'SignatoriesOutOfOrder' | 'SenderInSignatories' | 'NotFound' | 'NotOwner' | 'NoTimepoint' | 'WrongTimepoint' | 'UnexpectedTimepoint' | 'MaxWeightTooLow' | 'AlreadyStored';
  }

  /** @name PalletProxyProxyDefinition (367) */
  interface PalletProxyProxyDefinition extends Struct {
    readonly delegate: AccountId32;
    readonly proxyType: CityRuntimeConfigsAccountsProxyType;
    readonly delay: u32;
  }

  /** @name PalletProxyAnnouncement (371) */
  interface PalletProxyAnnouncement extends Struct {
    readonly real: AccountId32;
    readonly callHash: H256;
    readonly height: u32;
  }

  /** @name PalletProxyError (373) */
  interface PalletProxyError extends Enum {
    readonly isTooMany: boolean;
    readonly isNotFound: boolean;
    readonly isNotProxy: boolean;
    readonly isUnproxyable: boolean;
    readonly isDuplicate: boolean;
    readonly isNoPermission: boolean;
    readonly isUnannounced: boolean;
    readonly isNoSelfProxy: boolean;
    readonly type: 'TooMany' | 'NotFound' | 'NotProxy' | 'Unproxyable' | 'Duplicate' | 'NoPermission' | 'Unannounced' | 'NoSelfProxy';
  }

  /** @name CityRuntimeRuntime (374) */
  type CityRuntimeRuntime = Null;

  /** @name SpRuntimeBlockLazyBlock (375) */
  interface SpRuntimeBlockLazyBlock extends Struct {
    readonly header: SpRuntimeHeader;
    readonly extrinsics: Vec<Bytes>;
  }

  /** @name SpRuntimeHeader (376) */
  interface SpRuntimeHeader extends Struct {
    readonly parentHash: H256;
    readonly number: Compact<u32>;
    readonly stateRoot: H256;
    readonly extrinsicsRoot: H256;
    readonly digest: SpRuntimeDigest;
  }

  /** @name SpRuntimeExtrinsicInclusionMode (380) */
  interface SpRuntimeExtrinsicInclusionMode extends Enum {
    readonly isAllExtrinsics: boolean;
    readonly isOnlyInherents: boolean;
    readonly type: 'AllExtrinsics' | 'OnlyInherents';
  }

  /** @name SpRuntimeTransactionValidityTransactionValidityError (384) */
  interface SpRuntimeTransactionValidityTransactionValidityError extends Enum {
    readonly isInvalid: boolean;
    readonly asInvalid: SpRuntimeTransactionValidityInvalidTransaction;
    readonly isUnknown: boolean;
    readonly asUnknown: SpRuntimeTransactionValidityUnknownTransaction;
    readonly type: 'Invalid' | 'Unknown';
  }

  /** @name SpRuntimeTransactionValidityInvalidTransaction (385) */
  interface SpRuntimeTransactionValidityInvalidTransaction extends Enum {
    readonly isCall: boolean;
    readonly isPayment: boolean;
    readonly isFuture: boolean;
    readonly isStale: boolean;
    readonly isBadProof: boolean;
    readonly isAncientBirthBlock: boolean;
    readonly isExhaustsResources: boolean;
    readonly isCustom: boolean;
    readonly asCustom: u8;
    readonly isBadMandatory: boolean;
    readonly isMandatoryValidation: boolean;
    readonly isBadSigner: boolean;
    readonly isIndeterminateImplicit: boolean;
    readonly isUnknownOrigin: boolean;
    readonly type: 'Call' | 'Payment' | 'Future' | 'Stale' | 'BadProof' | 'AncientBirthBlock' | 'ExhaustsResources' | 'Custom' | 'BadMandatory' | 'MandatoryValidation' | 'BadSigner' | 'IndeterminateImplicit' | 'UnknownOrigin';
  }

  /** @name SpRuntimeTransactionValidityUnknownTransaction (386) */
  interface SpRuntimeTransactionValidityUnknownTransaction extends Enum {
    readonly isCannotLookup: boolean;
    readonly isNoUnsignedValidator: boolean;
    readonly isCustom: boolean;
    readonly asCustom: u8;
    readonly type: 'CannotLookup' | 'NoUnsignedValidator' | 'Custom';
  }

  /** @name SpInherentsInherentData (387) */
  interface SpInherentsInherentData extends Struct {
    readonly data: BTreeMap<U8aFixed, Bytes>;
  }

  /** @name SpInherentsCheckInherentsResult (392) */
  interface SpInherentsCheckInherentsResult extends Struct {
    readonly okay: bool;
    readonly fatalError: bool;
    readonly errors: SpInherentsInherentData;
  }

  /** @name SpRuntimeTransactionValidityTransactionSource (393) */
  interface SpRuntimeTransactionValidityTransactionSource extends Enum {
    readonly isInBlock: boolean;
    readonly isLocal: boolean;
    readonly isExternal: boolean;
    readonly type: 'InBlock' | 'Local' | 'External';
  }

  /** @name SpRuntimeTransactionValidityValidTransaction (395) */
  interface SpRuntimeTransactionValidityValidTransaction extends Struct {
    readonly priority: u64;
    readonly requires: Vec<Bytes>;
    readonly provides: Vec<Bytes>;
    readonly longevity: u64;
    readonly propagate: bool;
  }

  /** @name SpSessionRuntimeApiOpaqueGeneratedSessionKeys (398) */
  interface SpSessionRuntimeApiOpaqueGeneratedSessionKeys extends Struct {
    readonly keys_: Bytes;
    readonly proof: Bytes;
  }

  /** @name PalletTransactionPaymentRuntimeDispatchInfo (405) */
  interface PalletTransactionPaymentRuntimeDispatchInfo extends Struct {
    readonly weight: SpWeightsWeightV2Weight;
    readonly class: FrameSupportDispatchDispatchClass;
    readonly partialFee: u128;
  }

  /** @name PalletTransactionPaymentFeeDetails (406) */
  interface PalletTransactionPaymentFeeDetails extends Struct {
    readonly inclusionFee: Option<PalletTransactionPaymentInclusionFee>;
    readonly tip: u128;
  }

  /** @name PalletTransactionPaymentInclusionFee (408) */
  interface PalletTransactionPaymentInclusionFee extends Struct {
    readonly baseFee: u128;
    readonly lenFee: u128;
    readonly adjustedWeightFee: u128;
  }

  /** @name PalletGovernancePeriodsViewsCollective (409) */
  interface PalletGovernancePeriodsViewsCollective extends Struct {
    readonly members: Vec<AccountId32>;
    readonly prime: Option<AccountId32>;
    readonly motions: Vec<PalletGovernancePeriodsViewsMotion>;
  }

  /** @name PalletGovernancePeriodsViewsMotion (411) */
  interface PalletGovernancePeriodsViewsMotion extends Struct {
    readonly index: u32;
    readonly proposalHash: H256;
    readonly call: Option<PalletGovernancePeriodsViewsCallSummary>;
    readonly threshold: u32;
    readonly ayes: Vec<AccountId32>;
    readonly nays: Vec<AccountId32>;
    readonly end: u32;
  }

  /** @name PalletGovernancePeriodsViewsCallSummary (413) */
  interface PalletGovernancePeriodsViewsCallSummary extends Struct {
    readonly pallet: Text;
    readonly function: Text;
    readonly upgrade: Option<H256>;
    readonly complete: bool;
  }

  /** @name PalletGovernancePeriodsViewsReferendum (415) */
  interface PalletGovernancePeriodsViewsReferendum extends Struct {
    readonly index: u32;
    readonly proposalHash: H256;
    readonly call: Option<PalletGovernancePeriodsViewsCallSummary>;
    readonly threshold: PalletDemocracyVoteThreshold;
    readonly ayes: u128;
    readonly nays: u128;
    readonly turnout: u128;
    readonly end: u32;
    readonly delay: u32;
  }

  /** @name PalletGovernancePeriodsViewsScheduled (417) */
  interface PalletGovernancePeriodsViewsScheduled extends Struct {
    readonly when: u32;
    readonly callHash: H256;
    readonly call: Option<PalletGovernancePeriodsViewsCallSummary>;
  }

  /** @name PalletGovernancePeriodsViewsAuthorizedUpgrade (419) */
  interface PalletGovernancePeriodsViewsAuthorizedUpgrade extends Struct {
    readonly codeHash: H256;
    readonly checkVersion: bool;
  }

  /** @name PalletValidatorSetSetStatus (420) */
  interface PalletValidatorSetSetStatus extends Struct {
    readonly validators: Vec<PalletValidatorSetValidatorStatus>;
    readonly session: u32;
    readonly sessionLength: u32;
    readonly changePending: bool;
    readonly rewardPerSession: u128;
    readonly offlineThreshold: u32;
    readonly minValidators: u32;
    readonly maxValidators: u32;
  }

  /** @name PalletValidatorSetValidatorStatus (422) */
  interface PalletValidatorSetValidatorStatus extends Struct {
    readonly account: AccountId32;
    readonly inSet: bool;
    readonly inSession: bool;
    readonly keysRegistered: bool;
    readonly blocksThisSession: u32;
    readonly sessionsWithoutBlocks: u32;
  }

  /** @name PalletIdentityRegistryCredentialView (424) */
  interface PalletIdentityRegistryCredentialView extends Struct {
    readonly id: u64;
    readonly credential: PalletIdentityRegistryCredential;
    readonly status: PalletIdentityRegistryCredentialStatus;
  }

  /** @name PalletIdentityRegistryCredentialStatus (425) */
  interface PalletIdentityRegistryCredentialStatus extends Enum {
    readonly isActive: boolean;
    readonly isSuspended: boolean;
    readonly isRevoked: boolean;
    readonly isExpired: boolean;
    readonly isErased: boolean;
    readonly type: 'Active' | 'Suspended' | 'Revoked' | 'Expired' | 'Erased';
  }

  /** @name PalletIdentityRegistryDisclosure (427) */
  interface PalletIdentityRegistryDisclosure extends Struct {
    readonly key: Bytes;
    readonly value: Bytes;
    readonly salt: U8aFixed;
    readonly leafIndex: u32;
    readonly leafCount: u32;
    readonly proof: Vec<H256>;
  }

  /** @name PalletIdentityRegistryDisclosureDisclosureError (432) */
  interface PalletIdentityRegistryDisclosureDisclosureError extends Enum {
    readonly isCredentialNotFound: boolean;
    readonly isCredentialNotActive: boolean;
    readonly asCredentialNotActive: PalletIdentityRegistryCredentialStatus;
    readonly isProofInvalid: boolean;
    readonly type: 'CredentialNotFound' | 'CredentialNotActive' | 'ProofInvalid';
  }

  /** @name PalletReserveFundFundStatus (433) */
  interface PalletReserveFundFundStatus extends Struct {
    readonly account: AccountId32;
    readonly balance: u128;
    readonly obligations: Vec<ITuple<[CityPrimitivesTreasuryObligation, u128]>>;
    readonly totalObligations: u128;
    readonly free: u128;
    readonly coveragePpm: Option<u128>;
    readonly reserveFloor: Permill;
    readonly period: u32;
    readonly budgets: Vec<ITuple<[CityPrimitivesTreasurySpendCategory, u128, u128]>>;
  }

  /** @name PalletCitycoinService (440) */
  interface PalletCitycoinService extends Struct {
    readonly name: Bytes;
    readonly department: CityPrimitivesCredentialsDepartment;
    readonly price: u128;
    readonly residentOnly: bool;
    readonly active: bool;
  }

  /** @name PalletCitycoinIssuanceStatus (442) */
  interface PalletCitycoinIssuanceStatus extends Struct {
    readonly period: u32;
    readonly cap: Perbill;
    readonly record: Option<PalletCitycoinIssuanceRecord>;
    readonly totalIssuance: u128;
  }

  /** @name PalletCitycoinPayrollStatus (444) */
  interface PalletCitycoinPayrollStatus extends Struct {
    readonly period: u32;
    readonly lastRun: u32;
    readonly running: bool;
    readonly employees: u32;
    readonly arrears: u128;
  }

  /** @name PalletBondsSeriesInfo (448) */
  interface PalletBondsSeriesInfo extends Struct {
    readonly id: u32;
    readonly series: PalletBondsSeries;
    readonly couponPerUnit: u128;
    readonly duePeriods: u32;
    readonly maturity: u32;
  }

  /** @name PalletBondsHoldingInfo (451) */
  interface PalletBondsHoldingInfo extends Struct {
    readonly series: u32;
    readonly holding: PalletBondsHolding;
    readonly accrued: u128;
    readonly claimable: u128;
  }

  /** @name PalletBondsDebtStatus (452) */
  interface PalletBondsDebtStatus extends Struct {
    readonly total: u128;
    readonly ceiling: u128;
  }

  /** @name PalletIotAnchorsReading (464) */
  interface PalletIotAnchorsReading extends Struct {
    readonly device: H256;
    readonly sequence: u64;
    readonly index: u32;
    readonly timestamp: u64;
    readonly value: i64;
    readonly signature: Option<SpRuntimeMultiSignature>;
  }

  /** @name PalletIotAnchorsVerdict (466) */
  interface PalletIotAnchorsVerdict extends Enum {
    readonly isProven: boolean;
    readonly asProven: {
      readonly at: u32;
      readonly timestamp: u64;
      readonly root: H256;
    } & Struct;
    readonly isNotProven: boolean;
    readonly isUnknownDevice: boolean;
    readonly isAnchorNotKept: boolean;
    readonly isNotSignedByDevice: boolean;
    readonly type: 'Proven' | 'NotProven' | 'UnknownDevice' | 'AnchorNotKept' | 'NotSignedByDevice';
  }

  /** @name CityRuntimeRuntimeError (470) */
  interface CityRuntimeRuntimeError extends Enum {
    readonly isSystem: boolean;
    readonly asSystem: FrameSystemError;
    readonly isGrandpa: boolean;
    readonly asGrandpa: PalletGrandpaError;
    readonly isBalances: boolean;
    readonly asBalances: PalletBalancesError;
    readonly isValidatorSet: boolean;
    readonly asValidatorSet: PalletValidatorSetError;
    readonly isSession: boolean;
    readonly asSession: PalletSessionError;
    readonly isPreimage: boolean;
    readonly asPreimage: PalletPreimageError;
    readonly isScheduler: boolean;
    readonly asScheduler: PalletSchedulerError;
    readonly isCouncil: boolean;
    readonly asCouncil: PalletCollectiveError;
    readonly isCouncilMembership: boolean;
    readonly asCouncilMembership: PalletMembershipError;
    readonly isTechnicalCommittee: boolean;
    readonly asTechnicalCommittee: PalletCollectiveError;
    readonly isTechnicalMembership: boolean;
    readonly asTechnicalMembership: PalletMembershipError;
    readonly isDemocracy: boolean;
    readonly asDemocracy: PalletDemocracyError;
    readonly isCityCoin: boolean;
    readonly asCityCoin: PalletCitycoinError;
    readonly isReserveFund: boolean;
    readonly asReserveFund: PalletReserveFundError;
    readonly isBonds: boolean;
    readonly asBonds: PalletBondsError;
    readonly isIdentityRegistry: boolean;
    readonly asIdentityRegistry: PalletIdentityRegistryError;
    readonly isVehicleRegistry: boolean;
    readonly asVehicleRegistry: PalletVehicleRegistryError;
    readonly isIotAnchors: boolean;
    readonly asIotAnchors: PalletIotAnchorsError;
    readonly isUtility: boolean;
    readonly asUtility: PalletUtilityError;
    readonly isMultisig: boolean;
    readonly asMultisig: PalletMultisigError;
    readonly isProxy: boolean;
    readonly asProxy: PalletProxyError;
    readonly type: 'System' | 'Grandpa' | 'Balances' | 'ValidatorSet' | 'Session' | 'Preimage' | 'Scheduler' | 'Council' | 'CouncilMembership' | 'TechnicalCommittee' | 'TechnicalMembership' | 'Democracy' | 'CityCoin' | 'ReserveFund' | 'Bonds' | 'IdentityRegistry' | 'VehicleRegistry' | 'IotAnchors' | 'Utility' | 'Multisig' | 'Proxy';
  }

} // declare module

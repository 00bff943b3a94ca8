// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/submittable';

import type { ApiTypes, AugmentedSubmittable, SubmittableExtrinsic, SubmittableExtrinsicFunction } from '@polkadot/api-base/types';
import type { Bytes, Compact, Option, Struct, U8aFixed, Vec, bool, i64, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { AnyNumber, IMethod, ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, Call, H256, MultiAddress, Perbill, Permill } from '@polkadot/types/interfaces/runtime';
import type { CityPrimitivesCredentialsCredentialKind, CityPrimitivesCredentialsDepartment, CityPrimitivesMeteringMeterKind, CityPrimitivesTreasurySpendCategory, CityRuntimeConfigsAccountsProxyType, CityRuntimeOpaqueSessionKeys, CityRuntimeOriginCaller, FrameSupportPreimagesBounded, PalletBalancesAdjustmentDirection, PalletBondsTerms, PalletDemocracyConviction, PalletDemocracyMetadataOwner, PalletDemocracyVoteAccountVote, PalletIdentityRegistryRevocationReason, PalletIdentityRegistrySuspensionReason, PalletIotAnchorsAnchor, PalletIotAnchorsDeviceKey, PalletIotAnchorsDeviceKind, PalletIotAnchorsDevicePolicy, PalletMultisigTimepoint, PalletVehicleRegistryDeregistrationReason, SpConsensusGrandpaEquivocationProof, SpCoreVoid, SpRuntimeMultiSignature, SpWeightsWeightV2Weight } from '@polkadot/types/lookup';

export type __AugmentedSubmittable = AugmentedSubmittable<() => unknown>;
export type __SubmittableExtrinsic<ApiType extends ApiTypes> = SubmittableExtrinsic<ApiType>;
export type __SubmittableExtrinsicFunction<ApiType extends ApiTypes> = SubmittableExtrinsicFunction<ApiType>;

declare module '@polkadot/api-base/types/submittable' {
  interface AugmentedSubmittables<ApiType extends ApiTypes> {
    balances: {
      /**
       * Burn the specified liquid free balance from the origin account.
       * 
       * If the origin's account ends up below the existential deposit as a result
       * of the burn and `keep_alive` is false, the account will be reaped.
       * 
       * Unlike sending funds to a _burn_ address, which merely makes the funds inaccessible,
       * this `burn` operation will reduce total issuance by the amount _burned_.
       **/
      burn: AugmentedSubmittable<(value: Compact<u128> | AnyNumber | Uint8Array, keepAlive: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u128>, bool]>;
      /**
       * Adjust the total issuance in a saturating way.
       * 
       * Can only be called by root and always needs a positive `delta`.
       * 
       * # Example
       **/
      forceAdjustTotalIssuance: AugmentedSubmittable<(direction: PalletBalancesAdjustmentDirection | 'Increase' | 'Decrease' | number | Uint8Array, delta: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletBalancesAdjustmentDirection, Compact<u128>]>;
      /**
       * Set the regular balance of a given account.
       * 
       * The dispatch origin for this call is `root`.
       **/
      forceSetBalance: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, newFree: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Compact<u128>]>;
      /**
       * Exactly as `transfer_allow_death`, except the origin must be root and the source account
       * may be specified.
       **/
      forceTransfer: AugmentedSubmittable<(source: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, MultiAddress, Compact<u128>]>;
      /**
       * Unreserve some balance from a user by force.
       * 
       * Can only be called by ROOT.
       **/
      forceUnreserve: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, amount: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, u128]>;
      /**
       * Transfer the entire transferable balance from the caller account.
       * 
       * NOTE: This function only attempts to transfer _transferable_ balances. This means that
       * any locked, reserved, or existential deposits (when `keep_alive` is `true`), will not be
       * transferred by this function. To ensure that this function results in a killed account,
       * you might need to prepare the account by removing any reference counters, storage
       * deposits, etc...
       * 
       * The dispatch origin of this call must be Signed.
       * 
       * - `dest`: The recipient of the transfer.
       * - `keep_alive`: A boolean to determine if the `transfer_all` operation should send all
       * of the funds the account has, causing the sender account to be killed (false), or
       * transfer everything except at least the existential deposit, which will guarantee to
       * keep the sender account alive (true).
       **/
      transferAll: AugmentedSubmittable<(dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, keepAlive: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, bool]>;
      /**
       * Transfer some liquid free balance to another account.
       * 
       * `transfer_allow_death` will set the `FreeBalance` of the sender and receiver.
       * If the sender's account is below the existential deposit as a result
       * of the transfer, the account will be reaped.
       * 
       * The dispatch origin for this call must be `Signed` by the transactor.
       **/
      transferAllowDeath: AugmentedSubmittable<(dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Compact<u128>]>;
      /**
       * Same as the [`transfer_allow_death`] call, but with a check that the transfer will not
       * kill the origin account.
       * 
       * 99% of the time you want [`transfer_allow_death`] instead.
       * 
       * [`transfer_allow_death`]: struct.Pallet.html#method.transfer
       **/
      transferKeepAlive: AugmentedSubmittable<(dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Compact<u128>]>;
      /**
       * Upgrade a specified account.
       * 
       * - `origin`: Must be `Signed`.
       * - `who`: The account to be upgraded.
       * 
       * This will waive the transaction fee if at least all but 10% of the accounts needed to
       * be upgraded. (We let some not have to be upgraded just in order to allow for the
       * possibility of churn).
       **/
      upgradeAccounts: AugmentedSubmittable<(who: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<AccountId32>]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    bonds: {
      /**
       * Calls an active series early: it matures at `now + notice`, coupons stop with the
       * last period ended by then, and units are redeemed at `price` (>= face). The premium
       * over face is set aside at once.
       * 
       * Origin: Root at any price, or `CallOrigin` at most one coupon (a period's interest,
       * and at most a year's at `MaxAnnualCouponRate`: [`Pallet::max_premium`]) above face,
       * so a council cannot pay holders out of the reserve by calling. Errors:
       * `SeriesNotFound`, `WrongState`, `AlreadyCalled`, `CallBelowFace`,
       * `CallPremiumTooHigh`, `InvalidCallDate`, the fund's `InsufficientFreeFunds`. Event:
       * `SeriesCalled`.
       **/
      callSeries: AugmentedSubmittable<(id: u32 | AnyNumber | Uint8Array, price: u128 | AnyNumber | Uint8Array, notice: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, u128, u32]>;
      /**
       * Pays the caller the coupons of series `id` due and set aside, in period order.
       * 
       * Origin: signed. Errors: `SeriesNotFound`, `WrongState`, `NotEnoughHeld`,
       * `NothingToClaim`. Event: `CouponsClaimed`.
       **/
      claimCoupons: AugmentedSubmittable<(id: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Settles a series whose subscription window has ended: active if it sold its
       * minimum (its first coupon is set aside), cancelled if not.
       * 
       * Origin: signed (anyone). Errors: `SeriesNotFound`, `WrongState`,
       * `SubscriptionOpen`. Event: `SeriesActivated` or `SeriesCancelled`.
       **/
      closeSubscription: AugmentedSubmittable<(id: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Declares a series in default: it has been in arrears longer than the grace period.
       * Claims are still paid, in order, if money comes.
       * 
       * Origin: signed (anyone). Errors: `SeriesNotFound`, `WrongState`,
       * `AlreadyDefaulted`, `NotInArrears`, `GracePeriodRunning`. Event: `SeriesDefaulted`.
       **/
      declareDefault: AugmentedSubmittable<(id: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Issues a series with `terms`; its subscription window opens now.
       * 
       * Origin: Root, or `IssueOrigin` at a coupon rate within `MaxAnnualCouponRate` a year,
       * within the debt ceiling and the reserve floor: fully sold, the principal comes in and
       * is owed, and every coupon to maturity is owed too (paid from free funds), and free
       * funds must stay at or above the floor. Errors: `InvalidTerms`, `TooManyPeriods`,
       * `CouponRateTooHigh`, `AboveDebtCeiling`, `BelowReserveFloor`, `Overflow`. Event:
       * `SeriesIssued`.
       **/
      issue: AugmentedSubmittable<(terms: PalletBondsTerms | { name?: any; purpose?: any; contract?: any; face?: any; couponRate?: any; couponPeriod?: any; periods?: any; units?: any; subscriptionEnd?: any; minUnits?: any; residentUnits?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletBondsTerms]>;
      /**
       * Brings an active series up to date: sets aside the coupons due as far as the fund
       * can, starting or clearing its arrears (every other call on the series does too).
       * 
       * Origin: signed (anyone). Errors: `SeriesNotFound`, `WrongState`. Events:
       * `ArrearsStarted` or `ArrearsCleared` when that changes.
       **/
      poke: AugmentedSubmittable<(id: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Takes back what the caller paid for a cancelled series.
       * 
       * Origin: signed. Errors: `SeriesNotFound`, `WrongState`, `NotEnoughHeld`. Event:
       * `Reclaimed` (and `SeriesClosed` with the last).
       **/
      reclaim: AugmentedSubmittable<(id: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Redeems `units` of a matured series at face value, with the caller's unpaid coupons.
       * 
       * Origin: signed. Errors: `SeriesNotFound`, `WrongState`, `ZeroUnits`, `NotMatured`,
       * `InArrears`, `NotEnoughHeld`. Event: `Redeemed` (and `CouponsClaimed`,
       * `SeriesClosed`).
       **/
      redeem: AugmentedSubmittable<(id: u32 | AnyNumber | Uint8Array, units: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, u32]>;
      /**
       * Sets the most face value the council may have outstanding.
       * 
       * Origin: Root. Event: `DebtCeilingSet`.
       **/
      setDebtCeiling: AugmentedSubmittable<(ceiling: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u128]>;
      /**
       * Buys `units` of series `id` at face value; the money goes into the reserve fund and
       * is set aside as principal. A first subscription also holds `HoldingDeposit`.
       * 
       * Origin: signed. Errors: `SeriesNotFound`, `ZeroUnits`, `SubscriptionClosed`,
       * `NotEnoughUnits`, `Overflow`, or the currency's. Event: `Subscribed`.
       **/
      subscribe: AugmentedSubmittable<(id: u32 | AnyNumber | Uint8Array, units: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, u32]>;
      /**
       * Moves `units` of series `id` to `to`. Coupons accrued so far stay with the sender.
       * If `to` held none, the sender pays the new holding's deposit. A series whose every
       * unit was for residents stays with residents.
       * 
       * Origin: signed. Errors: `SeriesNotFound`, `WrongState` (not active), `ZeroUnits`,
       * `RecipientNotResident`, `NotEnoughHeld`, `InArrears`. Event: `Transferred`.
       **/
      transfer: AugmentedSubmittable<(id: u32 | AnyNumber | Uint8Array, to: AccountId32 | string | Uint8Array, units: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, AccountId32, u32]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    cityCoin: {
      /**
       * Adds a service to the catalogue, active.
       * 
       * Origin: `CatalogueOrigin`. Errors: `TooManyServices`. Event: `ServiceAdded`.
       **/
      addService: AugmentedSubmittable<(name: Bytes | string | Uint8Array, department: CityPrimitivesCredentialsDepartment | { PopulationOffice: any } | { VehicleAuthority: any } | { Police: any } | { PublicWorks: any } | { Utilities: any } | { Finance: any } | { Other: any } | string | Uint8Array, price: u128 | AnyNumber | Uint8Array, residentOnly: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes, CityPrimitivesCredentialsDepartment, u128, bool]>;
      /**
       * Destroys `amount` CITY of the reserve fund's free funds (never what it owes), with
       * the hash of the decision.
       * 
       * Origin: Root (no cap), or `MintOrigin` within this period's allowance. Errors:
       * `ZeroAmount`, `AboveMintCap`, `InsufficientFreeFunds`. Event: `Burned`.
       **/
      burn: AugmentedSubmittable<(amount: u128 | AnyNumber | Uint8Array, reference: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u128, H256]>;
      /**
       * Disputes the caller's open bill on `meter`, with the hash of their evidence (kept
       * off chain), for the council to resolve. The bill stays open: disputing pays nothing
       * and does not stop anyone from settling it.
       * 
       * Origin: signed, the bill's consumer. Errors: `NoOpenBill`, `AlreadyDisputed`.
       * Event: `BillDisputed`.
       **/
      disputeBill: AugmentedSubmittable<(meter: H256 | string | Uint8Array, evidence: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256, H256]>;
      /**
       * Enrols `who`, who holds an active employee credential of `department` and `role`,
       * with `wage` per pay period, paid from the next period.
       * 
       * Origin: `PayrollAdminOrigin`, or `PayrollClerkOrigin` for someone else than the
       * clerk with a wage of at most `ClerkWageCap`. Errors: `SelfDealing`,
       * `AboveClerkWageCap`, `NoEmployeeCredential`, `AlreadyEnrolled`, `TooManyEmployees`.
       * Event: `EmployeeEnrolled`.
       **/
      enrol: AugmentedSubmittable<(who: AccountId32 | string | Uint8Array, department: CityPrimitivesCredentialsDepartment | { PopulationOffice: any } | { VehicleAuthority: any } | { Police: any } | { PublicWorks: any } | { Utilities: any } | { Finance: any } | { Other: any } | string | Uint8Array, role: u16 | AnyNumber | Uint8Array, wage: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, CityPrimitivesCredentialsDepartment, u16, u128]>;
      /**
       * Creates `amount` CITY in `to`'s account, with the hash of the decision.
       * 
       * Origin: Root (no cap), or `MintOrigin` within this period's allowance. Errors:
       * `ZeroAmount`, `AboveMintCap`, or the currency's (an amount below the existential
       * deposit for a new account). Event: `Minted`.
       **/
      mint: AugmentedSubmittable<(to: AccountId32 | string | Uint8Array, amount: u128 | AnyNumber | Uint8Array, reference: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, u128, H256]>;
      /**
       * Pays for service `id`: its price plus the city tax go into the reserve fund, and a
       * receipt is recorded. `max_total` is the most the payer agrees to pay (the price may
       * change before the transaction lands); `reference` is the hash of the payer's order.
       * 
       * Origin: signed (a resident for a resident-only service). Errors: `ServiceNotFound`,
       * `ServiceInactive`, `NotAResident`, `PriceAboveLimit`, `ZeroAmount` (a free
       * service), or the currency's. Event: `ServicePaid` (and the fund's `Received`).
       **/
      payForService: AugmentedSubmittable<(id: u32 | AnyNumber | Uint8Array, maxTotal: u128 | AnyNumber | Uint8Array, reference: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, u128, H256]>;
      /**
       * Takes `who` off the payroll. The whole periods they completed that the current
       * payroll run has not reached yet are settled first (paid, or put in arrears), as the
       * run would; the current period is not paid. Arrears are still paid by the next
       * payroll runs, after which the record goes.
       * 
       * Origin: `PayrollAdminOrigin`, or `PayrollClerkOrigin` for someone else than the
       * clerk. Errors: `SelfDealing`, `EmployeeNotFound`, `EmployeeDeparted`. Events:
       * `EmployeeDeparted` (with arrears) or `EmployeeRemoved` (and `WagePaid` or
       * `WageInArrears` if periods were settled).
       **/
      removeEmployee: AugmentedSubmittable<(who: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
      /**
       * Resolves `consumer`'s open bill on `meter` (held, disputed, or neither): it becomes
       * `amount`, at most what it is (readings added since a dispute included), with its hold
       * and dispute cleared; 0 removes it. The units stay as metered. What is left is paid
       * with `settle_bill`.
       * 
       * Origin: `CatalogueOrigin`. Errors: `NoOpenBill`, `AboveBill`. Event: `BillResolved`.
       **/
      resolveBill: AugmentedSubmittable<(consumer: AccountId32 | string | Uint8Array, meter: H256 | string | Uint8Array, amount: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, H256, u128]>;
      /**
       * Sets the share of total issuance the council may mint, and burn, per period. A
       * period's allowance is fixed at its first mint or burn: a new cap applies from the
       * next period that has none yet.
       * 
       * Origin: Root. Event: `MintCapSet`.
       **/
      setMintCap: AugmentedSubmittable<(cap: Perbill | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Perbill]>;
      /**
       * Sets the price of one unit of `kind`, or removes it (`None`: readings of that kind
       * are no longer billed).
       * 
       * Origin: `CatalogueOrigin`. Event: `TariffSet`.
       **/
      setTariff: AugmentedSubmittable<(kind: CityPrimitivesMeteringMeterKind | { Water: any } | { Electricity: any } | { Gas: any } | { Heat: any } | { Other: any } | string | Uint8Array, price: Option<u128> | null | Uint8Array | u128 | AnyNumber) => SubmittableExtrinsic<ApiType>, [CityPrimitivesMeteringMeterKind, Option<u128>]>;
      /**
       * Sets the city tax on services.
       * 
       * Origin: `TaxOrigin`. Event: `TaxRateSet`.
       **/
      setTaxRate: AugmentedSubmittable<(rate: Permill | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Permill]>;
      /**
       * Pays `consumer`'s open bill on `meter` in full, held or disputed or not (anyone
       * may: the consumer, a landlord).
       * 
       * Origin: signed. Errors: `NoOpenBill`, or the currency's. Event: `BillSettled` (and
       * the fund's `Received`).
       **/
      settleBill: AugmentedSubmittable<(consumer: AccountId32 | string | Uint8Array, meter: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, H256]>;
      /**
       * Sets the most units of `kind` one consumer plausibly uses per hour, or removes it
       * (`None`: every reading of that kind is held for the council).
       * 
       * Origin: `CatalogueOrigin`. Event: `UsageCapSet`.
       **/
      setUsageCap: AugmentedSubmittable<(kind: CityPrimitivesMeteringMeterKind | { Water: any } | { Electricity: any } | { Gas: any } | { Heat: any } | { Other: any } | string | Uint8Array, cap: Option<u64> | null | Uint8Array | u64 | AnyNumber) => SubmittableExtrinsic<ApiType>, [CityPrimitivesMeteringMeterKind, Option<u64>]>;
      /**
       * Sets an employee's wage per pay period from the next pay period on (the current
       * one, and any before it, are paid at the wage in force in them). A second change in
       * the same period replaces the first. The whole periods the employee completed that
       * the current payroll run has not reached yet are settled first, as the run would.
       * 
       * Origin: `PayrollAdminOrigin`, or `PayrollClerkOrigin` for someone else than the
       * clerk with a wage of at most `ClerkWageCap`. Errors: `SelfDealing`,
       * `AboveClerkWageCap`, `EmployeeNotFound`, `EmployeeDeparted`. Events: `WageSet`
       * (and `WagePaid` or `WageInArrears` if periods were settled).
       **/
      setWage: AugmentedSubmittable<(who: AccountId32 | string | Uint8Array, wage: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, u128]>;
      /**
       * Changes a service's price, resident-only flag and whether it is active (a service
       * is never removed: its receipts refer to it).
       * 
       * Origin: `CatalogueOrigin`. Errors: `ServiceNotFound`. Event: `ServiceUpdated`.
       **/
      updateService: AugmentedSubmittable<(id: u32 | AnyNumber | Uint8Array, price: u128 | AnyNumber | Uint8Array, residentOnly: bool | boolean | Uint8Array, active: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, u128, bool, bool]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    council: {
      /**
       * Close a vote that is either approved, disapproved or whose voting period has ended.
       * 
       * May be called by any signed account in order to finish voting and close the proposal.
       * 
       * If called before the end of the voting period it will only close the vote if it is
       * has enough votes to be approved or disapproved.
       * 
       * If called after the end of the voting period abstentions are counted as rejections
       * unless there is a prime member set and the prime member cast an approval.
       * 
       * If the close operation completes successfully with disapproval, the transaction fee will
       * be waived. Otherwise execution of the approved operation will be charged to the caller.
       * 
       * + `proposal_weight_bound`: The maximum amount of weight consumed by executing the closed
       * proposal.
       * + `length_bound`: The upper bound for the length of the proposal in storage. Checked via
       * `storage::read` so it is `size_of::<u32>() == 4` larger than the pure length.
       * 
       * ## Complexity
       * - `O(B + M + P1 + P2)` where:
       * - `B` is `proposal` size in bytes (length-fee-bounded)
       * - `M` is members-count (code- and governance-bounded)
       * - `P1` is the complexity of `proposal` preimage.
       * - `P2` is proposal-count (code-bounded)
       **/
      close: AugmentedSubmittable<(proposalHash: H256 | string | Uint8Array, index: Compact<u32> | AnyNumber | Uint8Array, proposalWeightBound: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array, lengthBound: Compact<u32> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256, Compact<u32>, SpWeightsWeightV2Weight, Compact<u32>]>;
      /**
       * Disapprove a proposal, close, and remove it from the system, regardless of its current
       * state.
       * 
       * Must be called by the Root origin.
       * 
       * Parameters:
       * * `proposal_hash`: The hash of the proposal that should be disapproved.
       * 
       * ## Complexity
       * O(P) where P is the number of max proposals
       **/
      disapproveProposal: AugmentedSubmittable<(proposalHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Dispatch a proposal from a member using the `Member` origin.
       * 
       * Origin must be a member of the collective.
       * 
       * ## Complexity:
       * - `O(B + M + P)` where:
       * - `B` is `proposal` size in bytes (length-fee-bounded)
       * - `M` members-count (code-bounded)
       * - `P` complexity of dispatching `proposal`
       **/
      execute: AugmentedSubmittable<(proposal: Call | IMethod | string | Uint8Array, lengthBound: Compact<u32> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call, Compact<u32>]>;
      /**
       * Disapprove the proposal and burn the cost held for storing this proposal.
       * 
       * Parameters:
       * - `origin`: must be the `KillOrigin`.
       * - `proposal_hash`: The hash of the proposal that should be killed.
       * 
       * Emits `Killed` and `ProposalCostBurned` if any cost was held for a given proposal.
       **/
      kill: AugmentedSubmittable<(proposalHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Add a new proposal to either be voted on or executed directly.
       * 
       * Requires the sender to be member.
       * 
       * `threshold` determines whether `proposal` is executed directly (`threshold < 2`)
       * or put up for voting.
       * 
       * ## Complexity
       * - `O(B + M + P1)` or `O(B + M + P2)` where:
       * - `B` is `proposal` size in bytes (length-fee-bounded)
       * - `M` is members-count (code- and governance-bounded)
       * - branching is influenced by `threshold` where:
       * - `P1` is proposal execution complexity (`threshold < 2`)
       * - `P2` is proposals-count (code-bounded) (`threshold >= 2`)
       **/
      propose: AugmentedSubmittable<(threshold: Compact<u32> | AnyNumber | Uint8Array, proposal: Call | IMethod | string | Uint8Array, lengthBound: Compact<u32> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u32>, Call, Compact<u32>]>;
      /**
       * Release the cost held for storing a proposal once the given proposal is completed.
       * 
       * If there is no associated cost for the given proposal, this call will have no effect.
       * 
       * Parameters:
       * - `origin`: must be `Signed` or `Root`.
       * - `proposal_hash`: The hash of the proposal.
       * 
       * Emits `ProposalCostReleased` if any cost held for a given proposal.
       **/
      releaseProposalCost: AugmentedSubmittable<(proposalHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Set the collective's membership.
       * 
       * - `new_members`: The new member list. Be nice to the chain and provide it sorted.
       * - `prime`: The prime member whose vote sets the default.
       * - `old_count`: The upper bound for the previous number of members in storage. Used for
       * weight estimation.
       * 
       * The dispatch of this call must be `SetMembersOrigin`.
       * 
       * NOTE: Does not enforce the expected `MaxMembers` limit on the amount of members, but
       * the weight estimations rely on it to estimate dispatchable weight.
       * 
       * # WARNING:
       * 
       * The `pallet-collective` can also be managed by logic outside of the pallet through the
       * implementation of the trait [`ChangeMembers`].
       * Any call to `set_members` must be careful that the member set doesn't get out of sync
       * with other logic managing the member set.
       * 
       * ## Complexity:
       * - `O(MP + N)` where:
       * - `M` old-members-count (code- and governance-bounded)
       * - `N` new-members-count (code- and governance-bounded)
       * - `P` proposals-count (code-bounded)
       **/
      setMembers: AugmentedSubmittable<(newMembers: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[], prime: Option<AccountId32> | null | Uint8Array | AccountId32 | string, oldCount: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Vec<AccountId32>, Option<AccountId32>, u32]>;
      /**
       * Add an aye or nay vote for the sender to the given proposal.
       * 
       * Requires the sender to be a member.
       * 
       * Transaction fees will be waived if the member is voting on any particular proposal
       * for the first time and the call is successful. Subsequent vote changes will charge a
       * fee.
       * ## Complexity
       * - `O(M)` where `M` is members-count (code- and governance-bounded)
       **/
      vote: AugmentedSubmittable<(proposal: H256 | string | Uint8Array, index: Compact<u32> | AnyNumber | Uint8Array, approve: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256, Compact<u32>, bool]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    councilMembership: {
      /**
       * Add a member `who` to the set.
       * 
       * May only be called from `T::AddOrigin`.
       **/
      addMember: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Swap out the sending member for some other key `new`.
       * 
       * May only be called from `Signed` origin of a current member.
       * 
       * Prime membership is passed from the origin account to `new`, if extant.
       **/
      changeKey: AugmentedSubmittable<(updated: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Remove the prime member if it exists.
       * 
       * May only be called from `T::PrimeOrigin`.
       **/
      clearPrime: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Remove a member `who` from the set.
       * 
       * May only be called from `T::RemoveOrigin`.
       **/
      removeMember: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Change the membership to a new set, disregarding the existing membership. Be nice and
       * pass `members` pre-sorted.
       * 
       * May only be called from `T::ResetOrigin`.
       **/
      resetMembers: AugmentedSubmittable<(members: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<AccountId32>]>;
      /**
       * Set the prime member. Must be a current member.
       * 
       * May only be called from `T::PrimeOrigin`.
       **/
      setPrime: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Swap out one member `remove` for another `add`.
       * 
       * May only be called from `T::SwapOrigin`.
       * 
       * Prime membership is *not* passed from `remove` to `add`, if extant.
       **/
      swapMember: AugmentedSubmittable<(remove: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, add: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, MultiAddress]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    democracy: {
      /**
       * Permanently place a proposal into the blacklist. This prevents it from ever being
       * proposed again.
       * 
       * If called on a queued public or external proposal, then this will result in it being
       * removed. If the `ref_index` supplied is an active referendum with the proposal hash,
       * then it will be cancelled.
       * 
       * The dispatch origin of this call must be `BlacklistOrigin`.
       * 
       * - `proposal_hash`: The proposal hash to blacklist permanently.
       * - `ref_index`: An ongoing referendum whose hash is `proposal_hash`, which will be
       * cancelled.
       * 
       * Weight: `O(p)` (though as this is an high-privilege dispatch, we assume it has a
       * reasonable value).
       **/
      blacklist: AugmentedSubmittable<(proposalHash: H256 | string | Uint8Array, maybeRefIndex: Option<u32> | null | Uint8Array | u32 | AnyNumber) => SubmittableExtrinsic<ApiType>, [H256, Option<u32>]>;
      /**
       * Remove a proposal.
       * 
       * The dispatch origin of this call must be `CancelProposalOrigin`.
       * 
       * - `prop_index`: The index of the proposal to cancel.
       * 
       * Weight: `O(p)` where `p = PublicProps::<T>::decode_len()`
       **/
      cancelProposal: AugmentedSubmittable<(propIndex: Compact<u32> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u32>]>;
      /**
       * Remove a referendum.
       * 
       * The dispatch origin of this call must be _Root_.
       * 
       * - `ref_index`: The index of the referendum to cancel.
       * 
       * # Weight: `O(1)`.
       **/
      cancelReferendum: AugmentedSubmittable<(refIndex: Compact<u32> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u32>]>;
      /**
       * Clears all public proposals.
       * 
       * The dispatch origin of this call must be _Root_.
       * 
       * Weight: `O(1)`.
       **/
      clearPublicProposals: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Delegate the voting power (with some given conviction) of the sending account.
       * 
       * The balance delegated is locked for as long as it's delegated, and thereafter for the
       * time appropriate for the conviction's lock period.
       * 
       * The dispatch origin of this call must be _Signed_, and the signing account must either:
       * - be delegating already; or
       * - have no voting activity (if there is, then it will need to be removed/consolidated
       * through `reap_vote` or `unvote`).
       * 
       * - `to`: The account whose voting the `target` account's voting power will follow.
       * - `conviction`: The conviction that will be attached to the delegated votes. When the
       * account is undelegated, the funds will be locked for the corresponding period.
       * - `balance`: The amount of the account's balance to be used in delegating. This must not
       * be more than the account's current balance.
       * 
       * Emits `Delegated`.
       * 
       * Weight: `O(R)` where R is the number of referendums the voter delegating to has
       * voted on. Weight is charged as if maximum votes.
       **/
      delegate: AugmentedSubmittable<(to: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, conviction: PalletDemocracyConviction | 'None' | 'Locked1x' | 'Locked2x' | 'Locked3x' | 'Locked4x' | 'Locked5x' | 'Locked6x' | number | Uint8Array, balance: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, PalletDemocracyConviction, u128]>;
      /**
       * Schedule an emergency cancellation of a referendum. Cannot happen twice to the same
       * referendum.
       * 
       * The dispatch origin of this call must be `CancellationOrigin`.
       * 
       * -`ref_index`: The index of the referendum to cancel.
       * 
       * Weight: `O(1)`.
       **/
      emergencyCancel: AugmentedSubmittable<(refIndex: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Schedule a referendum to be tabled once it is legal to schedule an external
       * referendum.
       * 
       * The dispatch origin of this call must be `ExternalOrigin`.
       * 
       * - `proposal_hash`: The preimage hash of the proposal.
       **/
      externalPropose: AugmentedSubmittable<(proposal: FrameSupportPreimagesBounded | { Legacy: any } | { Inline: any } | { Lookup: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [FrameSupportPreimagesBounded]>;
      /**
       * Schedule a negative-turnout-bias referendum to be tabled next once it is legal to
       * schedule an external referendum.
       * 
       * The dispatch of this call must be `ExternalDefaultOrigin`.
       * 
       * - `proposal_hash`: The preimage hash of the proposal.
       * 
       * Unlike `external_propose`, blacklisting has no effect on this and it may replace a
       * pre-scheduled `external_propose` call.
       * 
       * Weight: `O(1)`
       **/
      externalProposeDefault: AugmentedSubmittable<(proposal: FrameSupportPreimagesBounded | { Legacy: any } | { Inline: any } | { Lookup: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [FrameSupportPreimagesBounded]>;
      /**
       * Schedule a majority-carries referendum to be tabled next once it is legal to schedule
       * an external referendum.
       * 
       * The dispatch of this call must be `ExternalMajorityOrigin`.
       * 
       * - `proposal_hash`: The preimage hash of the proposal.
       * 
       * Unlike `external_propose`, blacklisting has no effect on this and it may replace a
       * pre-scheduled `external_propose` call.
       * 
       * Weight: `O(1)`
       **/
      externalProposeMajority: AugmentedSubmittable<(proposal: FrameSupportPreimagesBounded | { Legacy: any } | { Inline: any } | { Lookup: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [FrameSupportPreimagesBounded]>;
      /**
       * Schedule the currently externally-proposed majority-carries referendum to be tabled
       * immediately. If there is no externally-proposed referendum currently, or if there is one
       * but it is not a majority-carries referendum then it fails.
       * 
       * The dispatch of this call must be `FastTrackOrigin`.
       * 
       * - `proposal_hash`: The hash of the current external proposal.
       * - `voting_period`: The period that is allowed for voting on this proposal. Increased to
       * Must be always greater than zero.
       * For `FastTrackOrigin` must be equal or greater than `FastTrackVotingPeriod`.
       * - `delay`: The number of block after voting has ended in approval and this should be
       * enacted. This doesn't have a minimum amount.
       * 
       * Emits `Started`.
       * 
       * Weight: `O(1)`
       **/
      fastTrack: AugmentedSubmittable<(proposalHash: H256 | string | Uint8Array, votingPeriod: u32 | AnyNumber | Uint8Array, delay: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256, u32, u32]>;
      /**
       * Propose a sensitive action to be taken.
       * 
       * The dispatch origin of this call must be _Signed_ and the sender must
       * have funds to cover the deposit.
       * 
       * - `proposal_hash`: The hash of the proposal preimage.
       * - `value`: The amount of deposit (must be at least `MinimumDeposit`).
       * 
       * Emits `Proposed`.
       **/
      propose: AugmentedSubmittable<(proposal: FrameSupportPreimagesBounded | { Legacy: any } | { Inline: any } | { Lookup: any } | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [FrameSupportPreimagesBounded, Compact<u128>]>;
      /**
       * Remove a vote for a referendum.
       * 
       * If the `target` is equal to the signer, then this function is exactly equivalent to
       * `remove_vote`. If not equal to the signer, then the vote must have expired,
       * either because the referendum was cancelled, because the voter lost the referendum or
       * because the conviction period is over.
       * 
       * The dispatch origin of this call must be _Signed_.
       * 
       * - `target`: The account of the vote to be removed; this account must have voted for
       * referendum `index`.
       * - `index`: The index of referendum of the vote to be removed.
       * 
       * Weight: `O(R + log R)` where R is the number of referenda that `target` has voted on.
       * Weight is calculated for the maximum number of vote.
       **/
      removeOtherVote: AugmentedSubmittable<(target: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, index: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, u32]>;
      /**
       * Remove a vote for a referendum.
       * 
       * If:
       * - the referendum was cancelled, or
       * - the referendum is ongoing, or
       * - the referendum has ended such that
       * - the vote of the account was in opposition to the result; or
       * - there was no conviction to the account's vote; or
       * - the account made a split vote
       * ...then the vote is removed cleanly and a following call to `unlock` may result in more
       * funds being available.
       * 
       * If, however, the referendum has ended and:
       * - it finished corresponding to the vote of the account, and
       * - the account made a standard vote with conviction, and
       * - the lock period of the conviction is not over
       * ...then the lock will be aggregated into the overall account's lock, which may involve
       * *overlocking* (where the two locks are combined into a single lock that is the maximum
       * of both the amount locked and the time is it locked for).
       * 
       * The dispatch origin of this call must be _Signed_, and the signer must have a vote
       * registered for referendum `index`.
       * 
       * - `index`: The index of referendum of the vote to be removed.
       * 
       * Weight: `O(R + log R)` where R is the number of referenda that `target` has voted on.
       * Weight is calculated for the maximum number of vote.
       **/
      removeVote: AugmentedSubmittable<(index: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Signals agreement with a particular proposal.
       * 
       * The dispatch origin of this call must be _Signed_ and the sender
       * must have funds to cover the deposit, equal to the original deposit.
       * 
       * - `proposal`: The index of the proposal to second.
       **/
      second: AugmentedSubmittable<(proposal: Compact<u32> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u32>]>;
      /**
       * Set or clear a metadata of a proposal or a referendum.
       * 
       * Parameters:
       * - `origin`: Must correspond to the `MetadataOwner`.
       * - `ExternalOrigin` for an external proposal with the `SuperMajorityApprove`
       * threshold.
       * - `ExternalDefaultOrigin` for an external proposal with the `SuperMajorityAgainst`
       * threshold.
       * - `ExternalMajorityOrigin` for an external proposal with the `SimpleMajority`
       * threshold.
       * - `Signed` by a creator for a public proposal.
       * - `Signed` to clear a metadata for a finished referendum.
       * - `Root` to set a metadata for an ongoing referendum.
       * - `owner`: an identifier of a metadata owner.
       * - `maybe_hash`: The hash of an on-chain stored preimage. `None` to clear a metadata.
       **/
      setMetadata: AugmentedSubmittable<(owner: PalletDemocracyMetadataOwner | { External: any } | { Proposal: any } | { Referendum: any } | string | Uint8Array, maybeHash: Option<H256> | null | Uint8Array | H256 | string) => SubmittableExtrinsic<ApiType>, [PalletDemocracyMetadataOwner, Option<H256>]>;
      /**
       * Undelegate the voting power of the sending account.
       * 
       * Tokens may be unlocked following once an amount of time consistent with the lock period
       * of the conviction with which the delegation was issued.
       * 
       * The dispatch origin of this call must be _Signed_ and the signing account must be
       * currently delegating.
       * 
       * Emits `Undelegated`.
       * 
       * Weight: `O(R)` where R is the number of referendums the voter delegating to has
       * voted on. Weight is charged as if maximum votes.
       **/
      undelegate: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Unlock tokens that have an expired lock.
       * 
       * The dispatch origin of this call must be _Signed_.
       * 
       * - `target`: The account to remove the lock on.
       * 
       * Weight: `O(R)` with R number of vote of target.
       **/
      unlock: AugmentedSubmittable<(target: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Veto and blacklist the external proposal hash.
       * 
       * The dispatch origin of this call must be `VetoOrigin`.
       * 
       * - `proposal_hash`: The preimage hash of the proposal to veto and blacklist.
       * 
       * Emits `Vetoed`.
       * 
       * Weight: `O(V + log(V))` where V is number of `existing vetoers`
       **/
      vetoExternal: AugmentedSubmittable<(proposalHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Vote in a referendum. If `vote.is_aye()`, the vote is to enact the proposal;
       * otherwise it is a vote to keep the status quo.
       * 
       * The dispatch origin of this call must be _Signed_.
       * 
       * - `ref_index`: The index of the referendum to vote for.
       * - `vote`: The vote configuration.
       **/
      vote: AugmentedSubmittable<(refIndex: Compact<u32> | AnyNumber | Uint8Array, vote: PalletDemocracyVoteAccountVote | { Standard: any } | { Split: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u32>, PalletDemocracyVoteAccountVote]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    grandpa: {
      /**
       * Note that the current authority set of the GRANDPA finality gadget has stalled.
       * 
       * This will trigger a forced authority set change at the beginning of the next session, to
       * be enacted `delay` blocks after that. The `delay` should be high enough to safely assume
       * that the block signalling the forced change will not be re-orged e.g. 1000 blocks.
       * The block production rate (which may be slowed down because of finality lagging) should
       * be taken into account when choosing the `delay`. The GRANDPA voters based on the new
       * authority will start voting on top of `best_finalized_block_number` for new finalized
       * blocks. `best_finalized_block_number` should be the highest of the latest finalized
       * block of all validators of the new authority set.
       * 
       * Only callable by root.
       **/
      noteStalled: AugmentedSubmittable<(delay: u32 | AnyNumber | Uint8Array, bestFinalizedBlockNumber: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, u32]>;
      /**
       * Report voter equivocation/misbehavior. This method will verify the
       * equivocation proof and validate the given key ownership proof
       * against the extracted offender. If both are valid, the offence
       * will be reported.
       **/
      reportEquivocation: AugmentedSubmittable<(equivocationProof: SpConsensusGrandpaEquivocationProof | { setId?: any; equivocation?: any } | string | Uint8Array, keyOwnerProof: SpCoreVoid | null) => SubmittableExtrinsic<ApiType>, [SpConsensusGrandpaEquivocationProof, SpCoreVoid]>;
      /**
       * Report voter equivocation/misbehavior. This method will verify the
       * equivocation proof and validate the given key ownership proof
       * against the extracted offender. If both are valid, the offence
       * will be reported.
       * 
       * This extrinsic must be called unsigned and it is expected that only
       * block authors will call it (validated in `ValidateUnsigned`), as such
       * if the block author is defined it will be defined as the equivocation
       * reporter.
       **/
      reportEquivocationUnsigned: AugmentedSubmittable<(equivocationProof: SpConsensusGrandpaEquivocationProof | { setId?: any; equivocation?: any } | string | Uint8Array, keyOwnerProof: SpCoreVoid | null) => SubmittableExtrinsic<ApiType>, [SpConsensusGrandpaEquivocationProof, SpCoreVoid]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    identityRegistry: {
      /**
       * Erases the commitment of one's own credential (the right to be forgotten): the
       * root is wiped, the record stays as a tombstone, the credential leaves its subject's
       * list (freeing the slot) and satisfies nothing from now on. Forgetting the salts off
       * chain completes the erasure.
       * 
       * Origin: the credential's subject. Errors: `CredentialNotFound`, `NotTheSubject`,
       * `Erased`. Event: `CredentialErased`.
       **/
      erase: AugmentedSubmittable<(id: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Issues a credential to `subject`.
       * 
       * Origin: a signed account acting for an active issuer allowed to issue `kind` (never
       * a privileged kind). `commitment` is the root of the subject's salted attributes;
       * `expires_at`, if given, the first block at which it no longer holds. If the subject's
       * list is full, or holds `MaxCredentialsPerIssuer` from this issuer, one expired entry
       * (this issuer's, if it has one) is pruned first.
       * 
       * Errors: `NotAnIssuer`, `PrivilegedKind`, `KindNotAllowed`, `ExpiryInThePast`,
       * `TooManyCredentials`, `TooManyFromIssuer`. Event: `CredentialIssued`.
       **/
      issue: AugmentedSubmittable<(subject: AccountId32 | string | Uint8Array, kind: CityPrimitivesCredentialsCredentialKind | { Resident: any } | { Adult: any } | { Employee: any } | { Inspector: any } | { VehicleClerk: any } | { PoliceOfficer: any } | { Adjudicator: any } | { Treasurer: any } | { DeviceOperator: any } | { DriversLicence: any } | { Custom: any } | string | Uint8Array, commitment: H256 | string | Uint8Array, expiresAt: Option<u32> | null | Uint8Array | u32 | AnyNumber) => SubmittableExtrinsic<ApiType>, [AccountId32, CityPrimitivesCredentialsCredentialKind, H256, Option<u32>]>;
      /**
       * Issues a credential of any kind in the council's name (the council counts as one
       * issuer for `MaxCredentialsPerIssuer`).
       * 
       * Origin: `CouncilOrigin` for ordinary kinds, `PrivilegedOrigin` for privileged ones
       * (`PrivilegedKinds`). Errors: `ExpiryInThePast`, `TooManyCredentials`,
       * `TooManyFromIssuer`. Event: `CredentialIssued`.
       **/
      issueByCouncil: AugmentedSubmittable<(subject: AccountId32 | string | Uint8Array, kind: CityPrimitivesCredentialsCredentialKind | { Resident: any } | { Adult: any } | { Employee: any } | { Inspector: any } | { VehicleClerk: any } | { PoliceOfficer: any } | { Adjudicator: any } | { Treasurer: any } | { DeviceOperator: any } | { DriversLicence: any } | { Custom: any } | string | Uint8Array, commitment: H256 | string | Uint8Array, expiresAt: Option<u32> | null | Uint8Array | u32 | AnyNumber) => SubmittableExtrinsic<ApiType>, [AccountId32, CityPrimitivesCredentialsCredentialKind, H256, Option<u32>]>;
      /**
       * Registers a city department as an issuer.
       * 
       * Origin: the council (`CouncilOrigin`). `accounts` act for it (each for no other
       * issuer); `kinds` are what it may issue (no privileged kind).
       * 
       * Errors: `TooManyIssuers`, `AccountActsForAnotherIssuer`, `PrivilegedKind`.
       * Event: `IssuerRegistered`.
       **/
      registerIssuer: AugmentedSubmittable<(department: CityPrimitivesCredentialsDepartment | { PopulationOffice: any } | { VehicleAuthority: any } | { Police: any } | { PublicWorks: any } | { Utilities: any } | { Finance: any } | { Other: any } | string | Uint8Array, name: Bytes | string | Uint8Array, accounts: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[], kinds: Vec<CityPrimitivesCredentialsCredentialKind> | (CityPrimitivesCredentialsCredentialKind | { Resident: any } | { Adult: any } | { Employee: any } | { Inspector: any } | { VehicleClerk: any } | { PoliceOfficer: any } | { Adjudicator: any } | { Treasurer: any } | { DeviceOperator: any } | { DriversLicence: any } | { Custom: any } | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [CityPrimitivesCredentialsDepartment, Bytes, Vec<AccountId32>, Vec<CityPrimitivesCredentialsCredentialKind>]>;
      /**
       * Reinstates a suspended credential.
       * 
       * Origin: an account acting for its issuer, or the council (`CouncilOrigin`).
       * Errors: `CredentialNotFound`, `NotTheIssuer`, `Erased`, `Revoked`, `NotSuspended`.
       * Event: `CredentialReinstated`.
       **/
      reinstate: AugmentedSubmittable<(id: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Removes an issuer: it issues nothing more and its accounts stop acting for it.
       * What it issued stays on record and in force until suspended or revoked (see
       * [`Pallet::suspend_issued`]).
       * 
       * Origin: `PrivilegedOrigin`; or `CouncilOrigin` if the issuer never issued a
       * credential (removing a department that vouched for residents is the first step to
       * suspending all it issued, so it takes the larger share of the council).
       * 
       * Errors: `IssuerNotFound`, `IssuerRemoved`, `IssuerHasCredentials`. Event:
       * `IssuerRemoved`.
       **/
      removeIssuer: AugmentedSubmittable<(issuer: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Changes a credential's expiry (`None`: it never expires), e.g. to renew a licence.
       * An expired credential can be renewed while it is still on its subject's list.
       * 
       * Origin: an account acting for its issuer, or the council (`CouncilOrigin`).
       * Errors: `CredentialNotFound`, `NotTheIssuer`, `Erased`, `Revoked`,
       * `ExpiryInThePast`, `Pruned`. Event: `CredentialRenewed`.
       **/
      renew: AugmentedSubmittable<(id: u64 | AnyNumber | Uint8Array, expiresAt: Option<u32> | null | Uint8Array | u32 | AnyNumber) => SubmittableExtrinsic<ApiType>, [u64, Option<u32>]>;
      /**
       * Revokes a credential for good, with a reason code. It stays on record, and leaves
       * its subject's list at once (freeing the slot).
       * 
       * Origin: an account acting for its issuer, or the council (`CouncilOrigin`); a
       * council motion may not revoke a resident's credential while a referendum runs
       * (Root may; the issuer's clerk may). Errors: `CredentialNotFound`, `NotTheIssuer`,
       * `ReferendumRunning`, `Revoked`. Event: `CredentialRevoked`.
       **/
      revoke: AugmentedSubmittable<(id: u64 | AnyNumber | Uint8Array, reason: PalletIdentityRegistryRevocationReason | { IssuedInError: any } | { Fraud: any } | { Superseded: any } | { NoLongerEligible: any } | { SubjectDeceased: any } | { Other: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, PalletIdentityRegistryRevocationReason]>;
      /**
       * Suspends one active credential, for `reason`; it can be reinstated.
       * 
       * Origin: an account acting for its issuer, or the council (`CouncilOrigin`); a
       * council motion may not suspend a resident's credential while a referendum runs
       * (Root may; the issuer's clerk may, one credential for cause). `reason` may be
       * anything but `IssuerRemoved`, which bulk suspension records.
       * 
       * Errors: `CredentialNotFound`, `NotTheIssuer`, `ReferendumRunning`,
       * `ReasonReserved`, `Erased`, `Revoked`, `AlreadySuspended`. Event:
       * `CredentialSuspended`.
       **/
      suspend: AugmentedSubmittable<(id: u64 | AnyNumber | Uint8Array, reason: PalletIdentityRegistrySuspensionReason | { UnderInvestigation: any } | { DocumentsInDoubt: any } | { RequestedBySubject: any } | { IssuerRemoved: any } | { Other: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, PalletIdentityRegistrySuspensionReason]>;
      /**
       * Suspends up to `limit` of a removed issuer's active credentials (reason
       * `IssuerRemoved`), resuming where the last call stopped; call again until the event
       * says `complete`.
       * 
       * Origin: Root, or `PrivilegedOrigin` while no referendum is running
       * (`ReferendumOngoing`): suspending a department's residents mid-vote would take
       * them off the electoral roll.
       * 
       * Errors: `IssuerNotFound`, `IssuerNotRemoved`, `ZeroLimit`, `ReferendumRunning`.
       * Event: `IssuedCredentialsSuspended`.
       **/
      suspendIssued: AugmentedSubmittable<(issuer: u32 | AnyNumber | Uint8Array, limit: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, u32]>;
      /**
       * Replaces an issuer's accounts and/or kinds.
       * 
       * Origin: the council (`CouncilOrigin`); replacing the accounts of an issuer that
       * issued credentials takes `PrivilegedOrigin` (whoever acts for a department suspends
       * and revokes what it issued: a majority must not hand the population office to its
       * allies). Accounts removed stop acting for it at once; `kinds` may not hold a
       * privileged kind.
       * 
       * Charged for the most accounts it could replace, refunded down to those it replaced.
       * 
       * Errors: `IssuerNotFound`, `IssuerRemoved`, `IssuerHasCredentials`,
       * `AccountActsForAnotherIssuer`, `PrivilegedKind`. Event: `IssuerUpdated`.
       **/
      updateIssuer: AugmentedSubmittable<(issuer: u32 | AnyNumber | Uint8Array, accounts: Option<Vec<AccountId32>> | null | Uint8Array | Vec<AccountId32> | (AccountId32 | string | Uint8Array)[], kinds: Option<Vec<CityPrimitivesCredentialsCredentialKind>> | null | Uint8Array | Vec<CityPrimitivesCredentialsCredentialKind> | (CityPrimitivesCredentialsCredentialKind | { Resident: any } | { Adult: any } | { Employee: any } | { Inspector: any } | { VehicleClerk: any } | { PoliceOfficer: any } | { Adjudicator: any } | { Treasurer: any } | { DeviceOperator: any } | { DriversLicence: any } | { Custom: any } | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [u32, Option<Vec<AccountId32>>, Option<Vec<CityPrimitivesCredentialsCredentialKind>>]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    iotAnchors: {
      /**
       * Accepts being billed for meter `device`, which its owner proposed to the caller. The
       * previous consumer, if any, is billed no more; the meter's next anchor is the
       * caller's baseline, and every later one is billed to the caller.
       * 
       * Errors: `UnknownDevice`, `DeviceRevoked`, `NotProposed`. Event: `ConsumerBound`.
       **/
      acceptConsumer: AugmentedSubmittable<(device: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Accepts a device offered to the caller, who must be allowed to own its kind (and
       * one more of it), with a key of the caller's own (`proof`: its signature of
       * [`possession_message`] for the caller): the previous owner's key stops counting at
       * once, so whoever kept it can no longer sign for the device (nor bill a meter's
       * consumer). The deposit is held from the caller and released to the former owner. A
       * meter's binding stays.
       * 
       * Errors: `UnknownDevice`, `NotOffered`, `DeviceRevoked`, `NotAnOperator`,
       * `NotAMeterOperator`, `NoPolicy`, `TooManyDevices`, `KeyInUse`,
       * `BadProofOfPossession`, or the currency's. Events: `Transferred`, `KeyRotated`.
       **/
      acceptTransfer: AugmentedSubmittable<(device: H256 | string | Uint8Array, key: PalletIotAnchorsDeviceKey | { Ed25519: any } | { Sr25519: any } | { Ecdsa: any } | string | Uint8Array, proof: SpRuntimeMultiSignature | { Ed25519: any } | { Sr25519: any } | { Ecdsa: any } | { Eth: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256, PalletIotAnchorsDeviceKey, SpRuntimeMultiSignature]>;
      /**
       * Anchors a batch of a device's readings: a general transaction nobody signs or pays
       * for, authorized by [`Pallet::authorize_anchor`] (the block's anchor budget,
       * signature, sequence, freshness, status, the owner's credential, the kind's interval)
       * in the pool and again in the block.
       * 
       * Origin: authorized. Errors: those of [`Pallet::check_anchor`]. Events: `Anchored`,
       * `Implausible`, `MeterReported`.
       **/
      anchor: AugmentedSubmittable<(anchor: PalletIotAnchorsAnchor | { device?: any; sequence?: any; timestamp?: any; root?: any; count?: any; summary?: any; cumulative?: any } | string | Uint8Array, signature: SpRuntimeMultiSignature | { Ed25519: any } | { Sr25519: any } | { Ecdsa: any } | { Eth: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletIotAnchorsAnchor, SpRuntimeMultiSignature]>;
      /**
       * Lifts the city's suspension of a device: it takes anchors again.
       * 
       * Origin: `AdminOrigin`. Errors: `UnknownDevice`, `DeviceRevoked`,
       * `NotSuspendedByCity`. Event: `ResumedByCity`.
       **/
      cityResume: AugmentedSubmittable<(device: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Revokes any device in the city's name, for good: its kept anchors leave storage,
       * its deposit returns to its owner (who may not be at fault: a stolen key), and a
       * tombstone stays so that neither its key nor its id is ever registered again.
       * 
       * Charged for a full ring of anchors, refunded down to those the device kept.
       * 
       * Origin: `AdminOrigin`. Errors: `UnknownDevice`, `DeviceRevoked`. Event:
       * `RevokedByCity`.
       **/
      cityRevoke: AugmentedSubmittable<(device: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Suspends any device in the city's name: its anchors are refused until the city
       * resumes it, and its owner can neither resume nor revoke it.
       * 
       * Origin: `AdminOrigin`. Errors: `UnknownDevice`, `DeviceRevoked`, `SuspendedByCity`
       * (already). Event: `SuspendedByCity`.
       **/
      citySuspend: AugmentedSubmittable<(device: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Offers the caller's device to `to`, who accepts with
       * [`Pallet::accept_transfer`]; `None` withdraws the offer.
       * 
       * Errors: `UnknownDevice`, `NotOwner`, `DeviceRevoked`, `AlreadyOwner`. Event:
       * `TransferOffered`.
       **/
      offerTransfer: AugmentedSubmittable<(device: H256 | string | Uint8Array, to: Option<AccountId32> | null | Uint8Array | AccountId32 | string) => SubmittableExtrinsic<ApiType>, [H256, Option<AccountId32>]>;
      /**
       * Asks `consumer` to accept being billed for the caller's meter (`Some`); the binding
       * in force, if any, stays until they accept. `None` ends the binding and withdraws any
       * proposal: the meter bills nobody. Only the meter's owner (the utility) binds: the
       * consumer can neither bind nor unbind themselves.
       * 
       * Errors: `UnknownDevice`, `NotOwner`, `DeviceRevoked`, `NotAMeter`, `AlreadyBound`.
       * Event: `ConsumerProposed` or `ConsumerUnbound`.
       **/
      proposeConsumer: AugmentedSubmittable<(device: H256 | string | Uint8Array, consumer: Option<AccountId32> | null | Uint8Array | AccountId32 | string) => SubmittableExtrinsic<ApiType>, [H256, Option<AccountId32>]>;
      /**
       * Registers a device by its key, held by the caller (`proof` is the key's signature
       * of [`possession_message`] for the caller). Public sensors take the
       * [`Config::OperatorCredential`], meters the [`Config::MeterOperatorCredential`]; the
       * kind needs a policy, and the caller may own no more of it than the policy allows.
       * Holds [`Config::DeviceDeposit`].
       * 
       * Errors: `NotAnOperator`, `NotAMeterOperator`, `NoPolicy`, `TooManyDevices`,
       * `BadGeohash`, `LocationTooPrecise`, `KeyInUse`, `BadProofOfPossession`, or the
       * currency's. Event: `Registered`.
       **/
      register: AugmentedSubmittable<(key: PalletIotAnchorsDeviceKey | { Ed25519: any } | { Sr25519: any } | { Ecdsa: any } | string | Uint8Array, kind: PalletIotAnchorsDeviceKind | { AirQuality: any } | { Traffic: any } | { Noise: any } | { Weather: any } | { Meter: any } | { Other: any } | string | Uint8Array, location: Bytes | string | Uint8Array, proof: SpRuntimeMultiSignature | { Ed25519: any } | { Sr25519: any } | { Ecdsa: any } | { Eth: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletIotAnchorsDeviceKey, PalletIotAnchorsDeviceKind, Bytes, SpRuntimeMultiSignature]>;
      /**
       * Forgets the caller's meter's last cumulative reading: its next anchor is a new
       * baseline, billed to nobody. For a meter replaced, or reset after a reading its
       * consumer disputed (a forged huge total would otherwise refuse every honest reading as
       * going backwards). The consumer stays bound; CityCoin's usage cap and the consumer's
       * dispute still guard every later bill.
       * 
       * Errors: `UnknownDevice`, `NotOwner`, `DeviceRevoked`, `NotAMeter`. Event:
       * `MeterReset`.
       **/
      resetMeter: AugmentedSubmittable<(device: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Resumes the caller's device that the caller suspended.
       * 
       * Errors: `UnknownDevice`, `NotOwner`, `DeviceRevoked`, `SuspendedByCity` (only the
       * city lifts its suspension), `NotSuspended`. Event: `Resumed`.
       **/
      resume: AugmentedSubmittable<(device: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Revokes the caller's device for good: its record, key and kept anchors leave
       * storage (the events stay) and the deposit returns. A device the city suspended
       * cannot be revoked by its owner (it would come back unsuspended under the same key).
       * 
       * Charged for a full ring of anchors, refunded down to those the device kept.
       * 
       * Errors: `UnknownDevice`, `NotOwner`, `DeviceRevoked`, `SuspendedByCity`. Event:
       * `Revoked`.
       **/
      revoke: AugmentedSubmittable<(device: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Replaces the caller's device's key with `key` (`proof`: `key`'s signature of
       * [`possession_message`] for the caller). The id, sequence and anchors stay; anchors
       * signed with the old key are refused from now on.
       * 
       * Errors: `UnknownDevice`, `NotOwner`, `DeviceRevoked`, `KeyInUse`,
       * `BadProofOfPossession`. Event: `KeyRotated`.
       **/
      rotateKey: AugmentedSubmittable<(device: H256 | string | Uint8Array, key: PalletIotAnchorsDeviceKey | { Ed25519: any } | { Sr25519: any } | { Ecdsa: any } | string | Uint8Array, proof: SpRuntimeMultiSignature | { Ed25519: any } | { Sr25519: any } | { Ecdsa: any } | { Eth: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256, PalletIotAnchorsDeviceKey, SpRuntimeMultiSignature]>;
      /**
       * Sets the values `kind`'s summaries are expected within (`None` clears them).
       * 
       * Origin: `AdminOrigin`. Errors: `BadRange`. Event: `PlausibleRangeSet`.
       **/
      setPlausibleRange: AugmentedSubmittable<(kind: PalletIotAnchorsDeviceKind | { AirQuality: any } | { Traffic: any } | { Noise: any } | { Weather: any } | { Meter: any } | { Other: any } | string | Uint8Array, range: Option<{
    readonly min: i64;
    readonly max: i64;
  } & Struct> | null | Uint8Array | {
    readonly min: i64;
    readonly max: i64;
  } & Struct | { min?: any; max?: any } | string) => SubmittableExtrinsic<ApiType>, [PalletIotAnchorsDeviceKind, Option<{
    readonly min: i64;
    readonly max: i64;
  } & Struct>]>;
      /**
       * Sets what the city allows of `kind` (`None` removes the policy: the kind can no
       * longer be registered and its devices take no anchors). A lower bound on devices per
       * owner applies to new registrations and transfers; owners keep what they have.
       * 
       * Origin: `AdminOrigin`. Errors: `BadPolicy` (an interval of zero blocks). Event:
       * `PolicySet`.
       **/
      setPolicy: AugmentedSubmittable<(kind: PalletIotAnchorsDeviceKind | { AirQuality: any } | { Traffic: any } | { Noise: any } | { Weather: any } | { Meter: any } | { Other: any } | string | Uint8Array, policy: Option<PalletIotAnchorsDevicePolicy> | null | Uint8Array | PalletIotAnchorsDevicePolicy | { maxPerOwner?: any; minInterval?: any } | string) => SubmittableExtrinsic<ApiType>, [PalletIotAnchorsDeviceKind, Option<PalletIotAnchorsDevicePolicy>]>;
      /**
       * Puts the caller's device in relay mode: `relay` (a gateway's key) signs its anchors
       * from now on, and the device signs each reading itself ([`reading_message`]), so a
       * reading of such an anchor is proven only with the device's signature and the
       * gateway never holds the device's key. `None` goes back to anchors signed by the
       * device's key. A transfer or the city's revocation clears the relay. Not for meters:
       * the cumulative total an anchor bills is signed by the anchor's signer, so a meter's
       * anchors stay its own key's.
       * 
       * Errors: `UnknownDevice`, `NotOwner`, `DeviceRevoked`, `RelayIsDeviceKey`,
       * `NoRelayForMeters`. Event: `RelaySet`.
       **/
      setRelay: AugmentedSubmittable<(device: H256 | string | Uint8Array, relay: Option<PalletIotAnchorsDeviceKey> | null | Uint8Array | PalletIotAnchorsDeviceKey | { Ed25519: any } | { Sr25519: any } | { Ecdsa: any } | string) => SubmittableExtrinsic<ApiType>, [H256, Option<PalletIotAnchorsDeviceKey>]>;
      /**
       * Suspends the caller's device: its anchors are refused until the owner resumes it.
       * 
       * Errors: `UnknownDevice`, `NotOwner`, `DeviceRevoked`, `DeviceSuspended` (suspended
       * already, by the owner or the city). Event: `Suspended`.
       **/
      suspend: AugmentedSubmittable<(device: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    multisig: {
      /**
       * Register approval for a dispatch to be made from a deterministic composite account if
       * approved by a total of `threshold - 1` of `other_signatories`.
       * 
       * **This function will NEVER execute the call, even if the approval threshold is
       * reached.** It only registers approval. To actually execute the call, `as_multi` must
       * be called with the full call data by any of the signatories.
       * 
       * This function is more efficient than `as_multi` for intermediate approvals since it
       * only requires the call hash, not the full call data.
       * 
       * Payment: `DepositBase` will be reserved if this is the first approval, plus
       * `threshold` times `DepositFactor`. It is returned once this dispatch happens or
       * is cancelled.
       * 
       * The dispatch origin for this call must be _Signed_.
       * 
       * - `threshold`: The total number of approvals for this dispatch before it is executed.
       * - `other_signatories`: The accounts (other than the sender) who can approve this
       * dispatch. May not be empty.
       * - `maybe_timepoint`: If this is the first approval, then this must be `None`. If it is
       * not the first approval, then it must be `Some`, with the timepoint (block number and
       * transaction index) of the first approval transaction.
       * - `call_hash`: The hash of the call to be executed.
       * 
       * NOTE: To execute the call after approvals are gathered, any signatory must call
       * `as_multi` with the full call data. This function cannot execute the call.
       * 
       * ## Complexity
       * - `O(S)`.
       * - Up to one balance-reserve or unreserve operation.
       * - One passthrough operation, one insert, both `O(S)` where `S` is the number of
       * signatories. `S` is capped by `MaxSignatories`, with weight being proportional.
       * - One encode & hash, both of complexity `O(S)`.
       * - Up to one binary search and insert (`O(logS + S)`).
       * - I/O: 1 read `O(S)`, up to 1 mutate `O(S)`. Up to one remove.
       * - One event.
       * - Storage: inserts one item, value size bounded by `MaxSignatories`, with a deposit
       * taken for its lifetime of `DepositBase + threshold * DepositFactor`.
       **/
      approveAsMulti: AugmentedSubmittable<(threshold: u16 | AnyNumber | Uint8Array, otherSignatories: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[], maybeTimepoint: Option<PalletMultisigTimepoint> | null | Uint8Array | PalletMultisigTimepoint | { height?: any; index?: any } | string, callHash: U8aFixed | string | Uint8Array, maxWeight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u16, Vec<AccountId32>, Option<PalletMultisigTimepoint>, U8aFixed, SpWeightsWeightV2Weight]>;
      /**
       * Register approval for a dispatch to be made from a deterministic composite account if
       * approved by a total of `threshold - 1` of `other_signatories`.
       * 
       * **If the approval threshold is met (including the sender's approval), this will
       * immediately execute the call.** This is the only way to execute a multisig call -
       * `approve_as_multi` will never trigger execution.
       * 
       * Payment: `DepositBase` will be reserved if this is the first approval, plus
       * `threshold` times `DepositFactor`. It is returned once this dispatch happens or
       * is cancelled.
       * 
       * The dispatch origin for this call must be _Signed_.
       * 
       * - `threshold`: The total number of approvals for this dispatch before it is executed.
       * - `other_signatories`: The accounts (other than the sender) who can approve this
       * dispatch. May not be empty.
       * - `maybe_timepoint`: If this is the first approval, then this must be `None`. If it is
       * not the first approval, then it must be `Some`, with the timepoint (block number and
       * transaction index) of the first approval transaction.
       * - `call`: The call to be executed.
       * 
       * NOTE: For intermediate approvals (not the final approval), you should generally use
       * `approve_as_multi` instead, since it only requires a hash of the call and is more
       * efficient.
       * 
       * Result is equivalent to the dispatched result if `threshold` is exactly `1`. Otherwise
       * on success, result is `Ok` and the result from the interior call, if it was executed,
       * may be found in the deposited `MultisigExecuted` event.
       * 
       * ## Complexity
       * - `O(S + Z + Call)`.
       * - Up to one balance-reserve or unreserve operation.
       * - One passthrough operation, one insert, both `O(S)` where `S` is the number of
       * signatories. `S` is capped by `MaxSignatories`, with weight being proportional.
       * - One call encode & hash, both of complexity `O(Z)` where `Z` is tx-len.
       * - One encode & hash, both of complexity `O(S)`.
       * - Up to one binary search and insert (`O(logS + S)`).
       * - I/O: 1 read `O(S)`, up to 1 mutate `O(S)`. Up to one remove.
       * - One event.
       * - The weight of the `call`.
       * - Storage: inserts one item, value size bounded by `MaxSignatories`, with a deposit
       * taken for its lifetime of `DepositBase + threshold * DepositFactor`.
       **/
      asMulti: AugmentedSubmittable<(threshold: u16 | AnyNumber | Uint8Array, otherSignatories: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[], maybeTimepoint: Option<PalletMultisigTimepoint> | null | Uint8Array | PalletMultisigTimepoint | { height?: any; index?: any } | string, call: Call | IMethod | string | Uint8Array, maxWeight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u16, Vec<AccountId32>, Option<PalletMultisigTimepoint>, Call, SpWeightsWeightV2Weight]>;
      /**
       * Immediately dispatch a multi-signature call using a single approval from the caller.
       * 
       * The dispatch origin for this call must be _Signed_.
       * 
       * - `other_signatories`: The accounts (other than the sender) who are part of the
       * multi-signature, but do not participate in the approval process.
       * - `call`: The call to be executed.
       * 
       * Result is equivalent to the dispatched result.
       * 
       * ## Complexity
       * O(Z + C) where Z is the length of the call and C its execution weight.
       **/
      asMultiThreshold1: AugmentedSubmittable<(otherSignatories: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[], call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Vec<AccountId32>, Call]>;
      /**
       * Cancel a pre-existing, on-going multisig transaction. Any deposit reserved previously
       * for this operation will be unreserved on success.
       * 
       * The dispatch origin for this call must be _Signed_.
       * 
       * - `threshold`: The total number of approvals for this dispatch before it is executed.
       * - `other_signatories`: The accounts (other than the sender) who can approve this
       * dispatch. May not be empty.
       * - `timepoint`: The timepoint (block number and transaction index) of the first approval
       * transaction for this dispatch.
       * - `call_hash`: The hash of the call to be executed.
       * 
       * ## Complexity
       * - `O(S)`.
       * - Up to one balance-reserve or unreserve operation.
       * - One passthrough operation, one insert, both `O(S)` where `S` is the number of
       * signatories. `S` is capped by `MaxSignatories`, with weight being proportional.
       * - One encode & hash, both of complexity `O(S)`.
       * - One event.
       * - I/O: 1 read `O(S)`, one remove.
       * - Storage: removes one item.
       **/
      cancelAsMulti: AugmentedSubmittable<(threshold: u16 | AnyNumber | Uint8Array, otherSignatories: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[], timepoint: PalletMultisigTimepoint | { height?: any; index?: any } | string | Uint8Array, callHash: U8aFixed | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u16, Vec<AccountId32>, PalletMultisigTimepoint, U8aFixed]>;
      /**
       * Poke the deposit reserved for an existing multisig operation.
       * 
       * The dispatch origin for this call must be _Signed_ and must be the original depositor of
       * the multisig operation.
       * 
       * The transaction fee is waived if the deposit amount has changed.
       * 
       * - `threshold`: The total number of approvals needed for this multisig.
       * - `other_signatories`: The accounts (other than the sender) who are part of the
       * multisig.
       * - `call_hash`: The hash of the call this deposit is reserved for.
       * 
       * Emits `DepositPoked` if successful.
       **/
      pokeDeposit: AugmentedSubmittable<(threshold: u16 | AnyNumber | Uint8Array, otherSignatories: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[], callHash: U8aFixed | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u16, Vec<AccountId32>, U8aFixed]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    preimage: {
      /**
       * Ensure that the bulk of pre-images is upgraded.
       * 
       * The caller pays no fee if at least 90% of pre-images were successfully updated.
       **/
      ensureUpdated: AugmentedSubmittable<(hashes: Vec<H256> | (H256 | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<H256>]>;
      /**
       * Register a preimage on-chain.
       * 
       * If the preimage was previously requested, no fees or deposits are taken for providing
       * the preimage. Otherwise, a deposit is taken proportional to the size of the preimage.
       **/
      notePreimage: AugmentedSubmittable<(bytes: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Request a preimage be uploaded to the chain without paying any fees or deposits.
       * 
       * If the preimage requests has already been provided on-chain, we unreserve any deposit
       * a user may have paid, and take the control of the preimage out of their hands.
       **/
      requestPreimage: AugmentedSubmittable<(hash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Clear an unrequested preimage from the runtime storage.
       * 
       * If `len` is provided, then it will be a much cheaper operation.
       * 
       * - `hash`: The hash of the preimage to be removed from the store.
       * - `len`: The length of the preimage of `hash`.
       **/
      unnotePreimage: AugmentedSubmittable<(hash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Clear a previously made request for a preimage.
       * 
       * NOTE: THIS MUST NOT BE CALLED ON `hash` MORE TIMES THAN `request_preimage`.
       **/
      unrequestPreimage: AugmentedSubmittable<(hash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    proxy: {
      /**
       * Register a proxy account for the sender that is able to make calls on its behalf.
       * 
       * The dispatch origin for this call must be _Signed_.
       * 
       * Parameters:
       * - `proxy`: The account that the `caller` would like to make a proxy.
       * - `proxy_type`: The permissions allowed for this proxy account.
       * - `delay`: The announcement period required of the initial proxy. Will generally be
       * zero.
       **/
      addProxy: AugmentedSubmittable<(delegate: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, proxyType: CityRuntimeConfigsAccountsProxyType | 'Any' | 'NonTransfer' | 'Governance' | 'CityServices' | 'IdentityClerk' | number | Uint8Array, delay: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, CityRuntimeConfigsAccountsProxyType, u32]>;
      /**
       * Publish the hash of a proxy-call that will be made in the future.
       * 
       * This must be called some number of blocks before the corresponding `proxy` is attempted
       * if the delay associated with the proxy relationship is greater than zero.
       * 
       * No more than `MaxPending` announcements may be made at any one time.
       * 
       * This will take a deposit of `AnnouncementDepositFactor` as well as
       * `AnnouncementDepositBase` if there are no other pending announcements.
       * 
       * The dispatch origin for this call must be _Signed_ and a proxy of `real`.
       * 
       * Parameters:
       * - `real`: The account that the proxy will make a call on behalf of.
       * - `call_hash`: The hash of the call to be made by the `real` account.
       **/
      announce: AugmentedSubmittable<(real: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, callHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, H256]>;
      /**
       * Spawn a fresh new account that is guaranteed to be otherwise inaccessible, and
       * initialize it with a proxy of `proxy_type` for `origin` sender.
       * 
       * Requires a `Signed` origin.
       * 
       * - `proxy_type`: The type of the proxy that the sender will be registered as over the
       * new account. This will almost always be the most permissive `ProxyType` possible to
       * allow for maximum flexibility.
       * - `index`: A disambiguation index, in case this is called multiple times in the same
       * transaction (e.g. with `utility::batch`). Unless you're using `batch` you probably just
       * want to use `0`.
       * - `delay`: The announcement period required of the initial proxy. Will generally be
       * zero.
       * 
       * Fails with `Duplicate` if this has already been called in this transaction, from the
       * same sender, with the same parameters.
       * 
       * Fails if there are insufficient funds to pay for deposit.
       **/
      createPure: AugmentedSubmittable<(proxyType: CityRuntimeConfigsAccountsProxyType | 'Any' | 'NonTransfer' | 'Governance' | 'CityServices' | 'IdentityClerk' | number | Uint8Array, delay: u32 | AnyNumber | Uint8Array, index: u16 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [CityRuntimeConfigsAccountsProxyType, u32, u16]>;
      /**
       * Removes a previously spawned pure proxy.
       * 
       * WARNING: **All access to this account will be lost.** Any funds held in it will be
       * inaccessible.
       * 
       * Requires a `Signed` origin, and the sender account must have been created by a call to
       * `create_pure` with corresponding parameters.
       * 
       * - `spawner`: The account that originally called `create_pure` to create this account.
       * - `index`: The disambiguation index originally passed to `create_pure`. Probably `0`.
       * - `proxy_type`: The proxy type originally passed to `create_pure`.
       * - `height`: The height of the chain when the call to `create_pure` was processed.
       * - `ext_index`: The extrinsic index in which the call to `create_pure` was processed.
       * 
       * Fails with `NoPermission` in case the caller is not a previously created pure
       * account whose `create_pure` call has corresponding parameters.
       **/
      killPure: AugmentedSubmittable<(spawner: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, proxyType: CityRuntimeConfigsAccountsProxyType | 'Any' | 'NonTransfer' | 'Governance' | 'CityServices' | 'IdentityClerk' | number | Uint8Array, index: u16 | AnyNumber | Uint8Array, height: Compact<u32> | AnyNumber | Uint8Array, extIndex: Compact<u32> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, CityRuntimeConfigsAccountsProxyType, u16, Compact<u32>, Compact<u32>]>;
      /**
       * Poke / Adjust deposits made for proxies and announcements based on current values.
       * This can be used by accounts to possibly lower their locked amount.
       * 
       * The dispatch origin for this call must be _Signed_.
       * 
       * The transaction fee is waived if the deposit amount has changed.
       * 
       * Emits `DepositPoked` if successful.
       **/
      pokeDeposit: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Dispatch the given `call` from an account that the sender is authorised for through
       * `add_proxy`.
       * 
       * The dispatch origin for this call must be _Signed_.
       * 
       * Parameters:
       * - `real`: The account that the proxy will make a call on behalf of.
       * - `force_proxy_type`: Specify the exact proxy type to be used and checked for this call.
       * - `call`: The call to be made by the `real` account.
       **/
      proxy: AugmentedSubmittable<(real: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, forceProxyType: Option<CityRuntimeConfigsAccountsProxyType> | null | Uint8Array | CityRuntimeConfigsAccountsProxyType | 'Any' | 'NonTransfer' | 'Governance' | 'CityServices' | 'IdentityClerk' | number, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Option<CityRuntimeConfigsAccountsProxyType>, Call]>;
      /**
       * Dispatch the given `call` from an account that the sender is authorized for through
       * `add_proxy`.
       * 
       * Removes any corresponding announcement(s).
       * 
       * The dispatch origin for this call must be _Signed_.
       * 
       * Parameters:
       * - `real`: The account that the proxy will make a call on behalf of.
       * - `force_proxy_type`: Specify the exact proxy type to be used and checked for this call.
       * - `call`: The call to be made by the `real` account.
       **/
      proxyAnnounced: AugmentedSubmittable<(delegate: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, real: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, forceProxyType: Option<CityRuntimeConfigsAccountsProxyType> | null | Uint8Array | CityRuntimeConfigsAccountsProxyType | 'Any' | 'NonTransfer' | 'Governance' | 'CityServices' | 'IdentityClerk' | number, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, MultiAddress, Option<CityRuntimeConfigsAccountsProxyType>, Call]>;
      /**
       * Remove the given announcement of a delegate.
       * 
       * May be called by a target (proxied) account to remove a call that one of their delegates
       * (`delegate`) has announced they want to execute. The deposit is returned.
       * 
       * The dispatch origin for this call must be _Signed_.
       * 
       * Parameters:
       * - `delegate`: The account that previously announced the call.
       * - `call_hash`: The hash of the call to be made.
       **/
      rejectAnnouncement: AugmentedSubmittable<(delegate: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, callHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, H256]>;
      /**
       * Remove a given announcement.
       * 
       * May be called by a proxy account to remove a call they previously announced and return
       * the deposit.
       * 
       * The dispatch origin for this call must be _Signed_.
       * 
       * Parameters:
       * - `real`: The account that the proxy will make a call on behalf of.
       * - `call_hash`: The hash of the call to be made by the `real` account.
       **/
      removeAnnouncement: AugmentedSubmittable<(real: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, callHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, H256]>;
      /**
       * Unregister all proxy accounts for the sender.
       * 
       * The dispatch origin for this call must be _Signed_.
       * 
       * WARNING: This may be called on accounts created by `create_pure`, however if done, then
       * the unreserved fees will be inaccessible. **All access to this account will be lost.**
       **/
      removeProxies: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Unregister a proxy account for the sender.
       * 
       * The dispatch origin for this call must be _Signed_.
       * 
       * Parameters:
       * - `proxy`: The account that the `caller` would like to remove as a proxy.
       * - `proxy_type`: The permissions currently enabled for the removed proxy account.
       **/
      removeProxy: AugmentedSubmittable<(delegate: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, proxyType: CityRuntimeConfigsAccountsProxyType | 'Any' | 'NonTransfer' | 'Governance' | 'CityServices' | 'IdentityClerk' | number | Uint8Array, delay: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, CityRuntimeConfigsAccountsProxyType, u32]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    reserveFund: {
      /**
       * Awards a public works contract to `contractor`, with milestones of an amount and
       * the hash of its specification each; their total is set aside (obligation
       * `Contracts`) at once.
       * 
       * The award is a spend of `PublicWorks`, bound as `spend` is: its total counts in that
       * category's budget for this fiscal period when it is awarded (paying the milestones
       * later does not count again, and cancelling does not give the budget back).
       * 
       * Origin: Root (no cap, budget or floor), or `AwardOrigin` up to its cap, within the
       * `PublicWorks` budget and the reserve floor (free funds after setting the total aside
       * stay at or above the floor x obligations). Errors: `NoMilestones`, `ZeroAmount` (a
       * milestone of nothing), `AboveSpendCap`, `InsufficientFreeFunds` (Root too),
       * `NoBudget`, `OverBudget`, `BelowReserveFloor`. Events: `ObligationReserved`,
       * `ContractAwarded`.
       **/
      awardContract: AugmentedSubmittable<(contractor: AccountId32 | string | Uint8Array, milestones: Vec<ITuple<[u128, H256]>> | ([u128 | AnyNumber | Uint8Array, H256 | string | Uint8Array])[]) => SubmittableExtrinsic<ApiType>, [AccountId32, Vec<ITuple<[u128, H256]>>]>;
      /**
       * Cancels a contract: what is not paid yet is released from the obligations (back to
       * free funds). Paid milestones stay on record. The budget the award counted in is not
       * given back: a cancelled award cannot be used to award again past the budget.
       * 
       * Origin: `CancelOrigin`. Errors: `ContractNotFound`, `ContractCancelled`. Events:
       * `ObligationReleased` (if anything was unpaid), `ContractCancelled`.
       **/
      cancelContract: AugmentedSubmittable<(id: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Certifies that milestone `milestone` of contract `id` is done.
       * 
       * Origin: `InspectorOrigin`, never the contract's contractor. Errors:
       * `ContractNotFound`, `ContractCancelled`, `MilestoneNotFound`,
       * `InspectorIsContractor`, `NotPending`. Event: `MilestoneCertified`.
       **/
      certifyMilestone: AugmentedSubmittable<(id: u32 | AnyNumber | Uint8Array, milestone: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, u32]>;
      /**
       * Disputes a certified milestone within its challenge period: it goes back to
       * waiting for certification.
       * 
       * Origin: `DisputeOrigin`. Errors: `ContractNotFound`, `ContractCancelled`,
       * `MilestoneNotFound`, `NotCertified`, `ChallengePeriodOver`. Event:
       * `MilestoneDisputed`.
       **/
      disputeMilestone: AugmentedSubmittable<(id: u32 | AnyNumber | Uint8Array, milestone: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, u32]>;
      /**
       * Donates `amount` to the city, with the hash of a memo (`H256::zero()` for none).
       * 
       * Origin: signed. The donor's account is kept alive. Errors: `ZeroAmount`, or the
       * currency's own (e.g. too low a balance). Event: `Received` (`Donation`).
       **/
      donate: AugmentedSubmittable<(amount: u128 | AnyNumber | Uint8Array, memo: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u128, H256]>;
      /**
       * Pays a certified milestone whose challenge period is over to the contractor.
       * 
       * Origin: signed (anyone: the contractor usually). Errors: `ContractNotFound`,
       * `ContractCancelled`, `MilestoneNotFound`, `NotCertified`, `ChallengePeriodRunning`.
       * Event: `MilestonePaid` (and `ObligationPaid`).
       **/
      releaseMilestone: AugmentedSubmittable<(id: u32 | AnyNumber | Uint8Array, milestone: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, u32]>;
      /**
       * Removes `category`'s budget: only Root can spend in it afterwards.
       * 
       * Origin: `BudgetOrigin`. Errors: `BudgetNotFound`. Event: `BudgetRemoved`.
       **/
      removeBudget: AugmentedSubmittable<(category: CityPrimitivesTreasurySpendCategory | { PublicWorks: any } | { Payroll: any } | { DebtService: any } | { Operations: any } | { Grants: any } | { Emergency: any } | { Other: any } | { ValidatorRewards: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [CityPrimitivesTreasurySpendCategory]>;
      /**
       * Sets `category`'s budget per fiscal period to `limit`, from the current period on;
       * what the category spent this period still counts.
       * 
       * Origin: `BudgetOrigin`. Errors: `TooManyBudgets`. Event: `BudgetSet`.
       **/
      setBudget: AugmentedSubmittable<(category: CityPrimitivesTreasurySpendCategory | { PublicWorks: any } | { Payroll: any } | { DebtService: any } | { Operations: any } | { Grants: any } | { Emergency: any } | { Other: any } | { ValidatorRewards: any } | string | Uint8Array, limit: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [CityPrimitivesTreasurySpendCategory, u128]>;
      /**
       * Sets the reserve floor: the share of obligations free funds must stay above after
       * a spend that is not Root's.
       * 
       * Origin: Root. Event: `ReserveFloorSet`.
       **/
      setReserveFloor: AugmentedSubmittable<(floor: Permill | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Permill]>;
      /**
       * Pays `amount` to `to` for `category`, with the hash of the decision or invoice.
       * 
       * Origin: Root (no cap, budget or floor), or `SpendOrigin` up to its cap, within the
       * category's budget for this fiscal period and the reserve floor. Nobody spends money
       * set aside for obligations. The amount counts in the category's budget (Root's too).
       * Errors: `ZeroAmount`, `AboveSpendCap`, `ObligatedFunds`, `NoBudget`, `OverBudget`,
       * `BelowReserveFloor`. Event: `Spent`.
       **/
      spend: AugmentedSubmittable<(category: CityPrimitivesTreasurySpendCategory | { PublicWorks: any } | { Payroll: any } | { DebtService: any } | { Operations: any } | { Grants: any } | { Emergency: any } | { Other: any } | { ValidatorRewards: any } | string | Uint8Array, amount: u128 | AnyNumber | Uint8Array, to: AccountId32 | string | Uint8Array, reference: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [CityPrimitivesTreasurySpendCategory, u128, AccountId32, H256]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    scheduler: {
      /**
       * Cancel a scheduled task (named or anonymous), by providing the block it is scheduled for
       * execution in, as well as the index of the task in that block's agenda.
       * 
       * In the case of a named task, it will remove it from the lookup table as well.
       **/
      cancel: AugmentedSubmittable<(when: u32 | AnyNumber | Uint8Array, index: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, u32]>;
      /**
       * Cancel a named scheduled task.
       **/
      cancelNamed: AugmentedSubmittable<(id: U8aFixed | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [U8aFixed]>;
      /**
       * Removes the retry configuration of a task.
       **/
      cancelRetry: AugmentedSubmittable<(task: ITuple<[u32, u32]> | [u32 | AnyNumber | Uint8Array, u32 | AnyNumber | Uint8Array]) => SubmittableExtrinsic<ApiType>, [ITuple<[u32, u32]>]>;
      /**
       * Cancel the retry configuration of a named task.
       **/
      cancelRetryNamed: AugmentedSubmittable<(id: U8aFixed | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [U8aFixed]>;
      /**
       * Anonymously schedule a task.
       **/
      schedule: AugmentedSubmittable<(when: u32 | AnyNumber | Uint8Array, maybePeriodic: Option<ITuple<[u32, u32]>> | null | Uint8Array | ITuple<[u32, u32]> | [u32 | AnyNumber | Uint8Array, u32 | AnyNumber | Uint8Array], priority: u8 | AnyNumber | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, Option<ITuple<[u32, u32]>>, u8, Call]>;
      /**
       * Anonymously schedule a task after a delay.
       **/
      scheduleAfter: AugmentedSubmittable<(after: u32 | AnyNumber | Uint8Array, maybePeriodic: Option<ITuple<[u32, u32]>> | null | Uint8Array | ITuple<[u32, u32]> | [u32 | AnyNumber | Uint8Array, u32 | AnyNumber | Uint8Array], priority: u8 | AnyNumber | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, Option<ITuple<[u32, u32]>>, u8, Call]>;
      /**
       * Schedule a named task.
       **/
      scheduleNamed: AugmentedSubmittable<(id: U8aFixed | string | Uint8Array, when: u32 | AnyNumber | Uint8Array, maybePeriodic: Option<ITuple<[u32, u32]>> | null | Uint8Array | ITuple<[u32, u32]> | [u32 | AnyNumber | Uint8Array, u32 | AnyNumber | Uint8Array], priority: u8 | AnyNumber | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [U8aFixed, u32, Option<ITuple<[u32, u32]>>, u8, Call]>;
      /**
       * Schedule a named task after a delay.
       **/
      scheduleNamedAfter: AugmentedSubmittable<(id: U8aFixed | string | Uint8Array, after: u32 | AnyNumber | Uint8Array, maybePeriodic: Option<ITuple<[u32, u32]>> | null | Uint8Array | ITuple<[u32, u32]> | [u32 | AnyNumber | Uint8Array, u32 | AnyNumber | Uint8Array], priority: u8 | AnyNumber | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [U8aFixed, u32, Option<ITuple<[u32, u32]>>, u8, Call]>;
      /**
       * Set a retry configuration for a task so that, in case its scheduled run fails, it will
       * be retried after `period` blocks, for a total amount of `retries` retries or until it
       * succeeds.
       * 
       * Tasks which need to be scheduled for a retry are still subject to weight metering and
       * agenda space, same as a regular task. If a periodic task fails, it will be scheduled
       * normally while the task is retrying.
       * 
       * Tasks scheduled as a result of a retry for a periodic task are unnamed, non-periodic
       * clones of the original task. Their retry configuration will be derived from the
       * original task's configuration, but will have a lower value for `remaining` than the
       * original `total_retries`.
       * 
       * This call **cannot** be used to set a retry configuration for a named task.
       **/
      setRetry: AugmentedSubmittable<(task: ITuple<[u32, u32]> | [u32 | AnyNumber | Uint8Array, u32 | AnyNumber | Uint8Array], retries: u8 | AnyNumber | Uint8Array, period: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [ITuple<[u32, u32]>, u8, u32]>;
      /**
       * Set a retry configuration for a named task so that, in case its scheduled run fails, it
       * will be retried after `period` blocks, for a total amount of `retries` retries or until
       * it succeeds.
       * 
       * Tasks which need to be scheduled for a retry are still subject to weight metering and
       * agenda space, same as a regular task. If a periodic task fails, it will be scheduled
       * normally while the task is retrying.
       * 
       * Tasks scheduled as a result of a retry for a periodic task are unnamed, non-periodic
       * clones of the original task. Their retry configuration will be derived from the
       * original task's configuration, but will have a lower value for `remaining` than the
       * original `total_retries`.
       * 
       * This is the only way to set a retry configuration for a named task.
       **/
      setRetryNamed: AugmentedSubmittable<(id: U8aFixed | string | Uint8Array, retries: u8 | AnyNumber | Uint8Array, period: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [U8aFixed, u8, u32]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    session: {
      /**
       * Removes any session key(s) of the function caller.
       * 
       * This doesn't take effect until the next session.
       * 
       * The dispatch origin of this function must be Signed and the account must be either be
       * convertible to a validator ID using the chain's typical addressing system (this usually
       * means being a controller account) or directly convertible into a validator ID (which
       * usually means being a stash account).
       **/
      purgeKeys: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Sets the session key(s) of the function caller to `keys`.
       * 
       * Allows an account to set its session key prior to becoming a validator.
       * This doesn't take effect until the next session.
       * 
       * - `origin`: The dispatch origin of this function must be signed.
       * - `keys`: The new session keys to set. These are the public keys of all sessions keys
       * setup in the runtime.
       * - `proof`: The proof that `origin` has access to the private keys of `keys`. See
       * [`impl_opaque_keys`](sp_runtime::impl_opaque_keys) for more information about the
       * proof format.
       **/
      setKeys: AugmentedSubmittable<(keys: CityRuntimeOpaqueSessionKeys | { aura?: any; grandpa?: any } | string | Uint8Array, proof: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [CityRuntimeOpaqueSessionKeys, Bytes]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    system: {
      /**
       * Provide the preimage (runtime binary) `code` for an upgrade that has been authorized.
       * 
       * If the authorization required a version check, this call will ensure the spec name
       * remains unchanged and that the spec version has increased.
       * 
       * Depending on the runtime's `OnSetCode` configuration, this function may directly apply
       * the new `code` in the same block or attempt to schedule the upgrade.
       * 
       * All origins are allowed.
       **/
      applyAuthorizedUpgrade: AugmentedSubmittable<(code: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Authorize an upgrade to a given `code_hash` for the runtime. The runtime can be supplied
       * later.
       * 
       * This call requires Root origin.
       **/
      authorizeUpgrade: AugmentedSubmittable<(codeHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Authorize an upgrade to a given `code_hash` for the runtime. The runtime can be supplied
       * later.
       * 
       * WARNING: This authorizes an upgrade that will take place without any safety checks, for
       * example that the spec name remains the same and that the version number increases. Not
       * recommended for normal use. Use `authorize_upgrade` instead.
       * 
       * This call requires Root origin.
       **/
      authorizeUpgradeWithoutChecks: AugmentedSubmittable<(codeHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Kill all storage items with a key that starts with the given prefix.
       * 
       * **NOTE:** We rely on the Root origin to provide us the number of subkeys under
       * the prefix we are removing to accurately calculate the weight of this function.
       **/
      killPrefix: AugmentedSubmittable<(prefix: Bytes | string | Uint8Array, subkeys: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes, u32]>;
      /**
       * Kill some items from storage.
       **/
      killStorage: AugmentedSubmittable<(keys: Vec<Bytes> | (Bytes | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<Bytes>]>;
      /**
       * Make some on-chain remark.
       * 
       * Can be executed by every `origin`.
       **/
      remark: AugmentedSubmittable<(remark: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Make some on-chain remark and emit event.
       **/
      remarkWithEvent: AugmentedSubmittable<(remark: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Set the new runtime code.
       **/
      setCode: AugmentedSubmittable<(code: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Set the new runtime code without doing any checks of the given `code`.
       * 
       * Note that runtime upgrades will not run if this is called with a not-increasing spec
       * version!
       **/
      setCodeWithoutChecks: AugmentedSubmittable<(code: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Set the number of pages in the WebAssembly environment's heap.
       **/
      setHeapPages: AugmentedSubmittable<(pages: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Set some items of storage.
       **/
      setStorage: AugmentedSubmittable<(items: Vec<ITuple<[Bytes, Bytes]>> | ([Bytes | string | Uint8Array, Bytes | string | Uint8Array])[]) => SubmittableExtrinsic<ApiType>, [Vec<ITuple<[Bytes, Bytes]>>]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    technicalCommittee: {
      /**
       * Close a vote that is either approved, disapproved or whose voting period has ended.
       * 
       * May be called by any signed account in order to finish voting and close the proposal.
       * 
       * If called before the end of the voting period it will only close the vote if it is
       * has enough votes to be approved or disapproved.
       * 
       * If called after the end of the voting period abstentions are counted as rejections
       * unless there is a prime member set and the prime member cast an approval.
       * 
       * If the close operation completes successfully with disapproval, the transaction fee will
       * be waived. Otherwise execution of the approved operation will be charged to the caller.
       * 
       * + `proposal_weight_bound`: The maximum amount of weight consumed by executing the closed
       * proposal.
       * + `length_bound`: The upper bound for the length of the proposal in storage. Checked via
       * `storage::read` so it is `size_of::<u32>() == 4` larger than the pure length.
       * 
       * ## Complexity
       * - `O(B + M + P1 + P2)` where:
       * - `B` is `proposal` size in bytes (length-fee-bounded)
       * - `M` is members-count (code- and governance-bounded)
       * - `P1` is the complexity of `proposal` preimage.
       * - `P2` is proposal-count (code-bounded)
       **/
      close: AugmentedSubmittable<(proposalHash: H256 | string | Uint8Array, index: Compact<u32> | AnyNumber | Uint8Array, proposalWeightBound: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array, lengthBound: Compact<u32> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256, Compact<u32>, SpWeightsWeightV2Weight, Compact<u32>]>;
      /**
       * Disapprove a proposal, close, and remove it from the system, regardless of its current
       * state.
       * 
       * Must be called by the Root origin.
       * 
       * Parameters:
       * * `proposal_hash`: The hash of the proposal that should be disapproved.
       * 
       * ## Complexity
       * O(P) where P is the number of max proposals
       **/
      disapproveProposal: AugmentedSubmittable<(proposalHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Dispatch a proposal from a member using the `Member` origin.
       * 
       * Origin must be a member of the collective.
       * 
       * ## Complexity:
       * - `O(B + M + P)` where:
       * - `B` is `proposal` size in bytes (length-fee-bounded)
       * - `M` members-count (code-bounded)
       * - `P` complexity of dispatching `proposal`
       **/
      execute: AugmentedSubmittable<(proposal: Call | IMethod | string | Uint8Array, lengthBound: Compact<u32> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call, Compact<u32>]>;
      /**
       * Disapprove the proposal and burn the cost held for storing this proposal.
       * 
       * Parameters:
       * - `origin`: must be the `KillOrigin`.
       * - `proposal_hash`: The hash of the proposal that should be killed.
       * 
       * Emits `Killed` and `ProposalCostBurned` if any cost was held for a given proposal.
       **/
      kill: AugmentedSubmittable<(proposalHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Add a new proposal to either be voted on or executed directly.
       * 
       * Requires the sender to be member.
       * 
       * `threshold` determines whether `proposal` is executed directly (`threshold < 2`)
       * or put up for voting.
       * 
       * ## Complexity
       * - `O(B + M + P1)` or `O(B + M + P2)` where:
       * - `B` is `proposal` size in bytes (length-fee-bounded)
       * - `M` is members-count (code- and governance-bounded)
       * - branching is influenced by `threshold` where:
       * - `P1` is proposal execution complexity (`threshold < 2`)
       * - `P2` is proposals-count (code-bounded) (`threshold >= 2`)
       **/
      propose: AugmentedSubmittable<(threshold: Compact<u32> | AnyNumber | Uint8Array, proposal: Call | IMethod | string | Uint8Array, lengthBound: Compact<u32> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u32>, Call, Compact<u32>]>;
      /**
       * Release the cost held for storing a proposal once the given proposal is completed.
       * 
       * If there is no associated cost for the given proposal, this call will have no effect.
       * 
       * Parameters:
       * - `origin`: must be `Signed` or `Root`.
       * - `proposal_hash`: The hash of the proposal.
       * 
       * Emits `ProposalCostReleased` if any cost held for a given proposal.
       **/
      releaseProposalCost: AugmentedSubmittable<(proposalHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Set the collective's membership.
       * 
       * - `new_members`: The new member list. Be nice to the chain and provide it sorted.
       * - `prime`: The prime member whose vote sets the default.
       * - `old_count`: The upper bound for the previous number of members in storage. Used for
       * weight estimation.
       * 
       * The dispatch of this call must be `SetMembersOrigin`.
       * 
       * NOTE: Does not enforce the expected `MaxMembers` limit on the amount of members, but
       * the weight estimations rely on it to estimate dispatchable weight.
       * 
       * # WARNING:
       * 
       * The `pallet-collective` can also be managed by logic outside of the pallet through the
       * implementation of the trait [`ChangeMembers`].
       * Any call to `set_members` must be careful that the member set doesn't get out of sync
       * with other logic managing the member set.
       * 
       * ## Complexity:
       * - `O(MP + N)` where:
       * - `M` old-members-count (code- and governance-bounded)
       * - `N` new-members-count (code- and governance-bounded)
       * - `P` proposals-count (code-bounded)
       **/
      setMembers: AugmentedSubmittable<(newMembers: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[], prime: Option<AccountId32> | null | Uint8Array | AccountId32 | string, oldCount: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Vec<AccountId32>, Option<AccountId32>, u32]>;
      /**
       * Add an aye or nay vote for the sender to the given proposal.
       * 
       * Requires the sender to be a member.
       * 
       * Transaction fees will be waived if the member is voting on any particular proposal
       * for the first time and the call is successful. Subsequent vote changes will charge a
       * fee.
       * ## Complexity
       * - `O(M)` where `M` is members-count (code- and governance-bounded)
       **/
      vote: AugmentedSubmittable<(proposal: H256 | string | Uint8Array, index: Compact<u32> | AnyNumber | Uint8Array, approve: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256, Compact<u32>, bool]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    technicalMembership: {
      /**
       * Add a member `who` to the set.
       * 
       * May only be called from `T::AddOrigin`.
       **/
      addMember: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Swap out the sending member for some other key `new`.
       * 
       * May only be called from `Signed` origin of a current member.
       * 
       * Prime membership is passed from the origin account to `new`, if extant.
       **/
      changeKey: AugmentedSubmittable<(updated: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Remove the prime member if it exists.
       * 
       * May only be called from `T::PrimeOrigin`.
       **/
      clearPrime: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Remove a member `who` from the set.
       * 
       * May only be called from `T::RemoveOrigin`.
       **/
      removeMember: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Change the membership to a new set, disregarding the existing membership. Be nice and
       * pass `members` pre-sorted.
       * 
       * May only be called from `T::ResetOrigin`.
       **/
      resetMembers: AugmentedSubmittable<(members: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<AccountId32>]>;
      /**
       * Set the prime member. Must be a current member.
       * 
       * May only be called from `T::PrimeOrigin`.
       **/
      setPrime: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Swap out one member `remove` for another `add`.
       * 
       * May only be called from `T::SwapOrigin`.
       * 
       * Prime membership is *not* passed from `remove` to `add`, if extant.
       **/
      swapMember: AugmentedSubmittable<(remove: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, add: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, MultiAddress]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    timestamp: {
      /**
       * Set the current time.
       * 
       * This call should be invoked exactly once per block. It will panic at the finalization
       * phase, if this call hasn't been invoked by that time.
       * 
       * The timestamp should be greater than the previous one by the amount specified by
       * [`Config::MinimumPeriod`].
       * 
       * The dispatch origin for this call must be _None_.
       * 
       * This dispatch class is _Mandatory_ to ensure it gets executed in the block. Be aware
       * that changing the complexity of this call could result exhausting the resources in a
       * block to execute any other calls.
       * 
       * ## Complexity
       * - `O(1)` (Note that implementations of `OnTimestampSet` must also be `O(1)`)
       * - 1 storage read and 1 storage mutation (codec `O(1)` because of `DidUpdate::take` in
       * `on_finalize`)
       * - 1 event handler `on_timestamp_set`. Must be `O(1)`.
       **/
      set: AugmentedSubmittable<(now: Compact<u64> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u64>]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    utility: {
      /**
       * Send a call through an indexed pseudonym of the sender.
       * 
       * Filter from origin are passed along. The call will be dispatched with an origin which
       * use the same filter as the origin of this call.
       * 
       * NOTE: If you need to ensure that any account-based filtering is not honored (i.e.
       * because you expect `proxy` to have been used prior in the call stack and you do not want
       * the call restrictions to apply to any sub-accounts), then use `as_multi_threshold_1`
       * in the Multisig pallet instead.
       * 
       * NOTE: Prior to version *12, this was called `as_limited_sub`.
       * 
       * The dispatch origin for this call must be _Signed_.
       **/
      asDerivative: AugmentedSubmittable<(index: u16 | AnyNumber | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u16, Call]>;
      /**
       * Send a batch of dispatch calls.
       * 
       * May be called from any origin except `None`.
       * 
       * - `calls`: The calls to be dispatched from the same origin. The number of call must not
       * exceed the constant: `batched_calls_limit` (available in constant metadata).
       * 
       * If origin is root then the calls are dispatched without checking origin filter. (This
       * includes bypassing `frame_system::Config::BaseCallFilter`).
       * 
       * ## Complexity
       * - O(C) where C is the number of calls to be batched.
       * 
       * This will return `Ok` in all circumstances. To determine the success of the batch, an
       * event is deposited. If a call failed and the batch was interrupted, then the
       * `BatchInterrupted` event is deposited, along with the number of successful calls made
       * and the error of the failed call. If all were successful, then the `BatchCompleted`
       * event is deposited.
       **/
      batch: AugmentedSubmittable<(calls: Vec<Call> | (Call | IMethod | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<Call>]>;
      /**
       * Send a batch of dispatch calls and atomically execute them.
       * The whole transaction will rollback and fail if any of the calls failed.
       * 
       * May be called from any origin except `None`.
       * 
       * - `calls`: The calls to be dispatched from the same origin. The number of call must not
       * exceed the constant: `batched_calls_limit` (available in constant metadata).
       * 
       * If origin is root then the calls are dispatched without checking origin filter. (This
       * includes bypassing `frame_system::Config::BaseCallFilter`).
       * 
       * ## Complexity
       * - O(C) where C is the number of calls to be batched.
       **/
      batchAll: AugmentedSubmittable<(calls: Vec<Call> | (Call | IMethod | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<Call>]>;
      /**
       * Dispatches a function call with a provided origin.
       * 
       * The dispatch origin for this call must be _Root_.
       * 
       * ## Complexity
       * - O(1).
       **/
      dispatchAs: AugmentedSubmittable<(asOrigin: CityRuntimeOriginCaller | { system: any } | { Council: any } | { TechnicalCommittee: any } | string | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [CityRuntimeOriginCaller, Call]>;
      /**
       * Dispatches a function call with a provided origin.
       * 
       * Almost the same as [`Pallet::dispatch_as`] but forwards any error of the inner call.
       * 
       * The dispatch origin for this call must be _Root_.
       **/
      dispatchAsFallible: AugmentedSubmittable<(asOrigin: CityRuntimeOriginCaller | { system: any } | { Council: any } | { TechnicalCommittee: any } | string | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [CityRuntimeOriginCaller, Call]>;
      /**
       * Send a batch of dispatch calls.
       * Unlike `batch`, it allows errors and won't interrupt.
       * 
       * May be called from any origin except `None`.
       * 
       * - `calls`: The calls to be dispatched from the same origin. The number of call must not
       * exceed the constant: `batched_calls_limit` (available in constant metadata).
       * 
       * If origin is root then the calls are dispatch without checking origin filter. (This
       * includes bypassing `frame_system::Config::BaseCallFilter`).
       * 
       * ## Complexity
       * - O(C) where C is the number of calls to be batched.
       **/
      forceBatch: AugmentedSubmittable<(calls: Vec<Call> | (Call | IMethod | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<Call>]>;
      /**
       * Dispatch a fallback call in the event the main call fails to execute.
       * May be called from any origin except `None`.
       * 
       * This function first attempts to dispatch the `main` call.
       * If the `main` call fails, the `fallback` is attemted.
       * if the fallback is successfully dispatched, the weights of both calls
       * are accumulated and an event containing the main call error is deposited.
       * 
       * In the event of a fallback failure the whole call fails
       * with the weights returned.
       * 
       * - `main`: The main call to be dispatched. This is the primary action to execute.
       * - `fallback`: The fallback call to be dispatched in case the `main` call fails.
       * 
       * ## Dispatch Logic
       * - If the origin is `root`, both the main and fallback calls are executed without
       * applying any origin filters.
       * - If the origin is not `root`, the origin filter is applied to both the `main` and
       * `fallback` calls.
       * 
       * ## Use Case
       * - Some use cases might involve submitting a `batch` type call in either main, fallback
       * or both.
       **/
      ifElse: AugmentedSubmittable<(main: Call | IMethod | string | Uint8Array, fallback: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call, Call]>;
      /**
       * Dispatch a function call with a specified weight.
       * 
       * This function does not check the weight of the call, and instead allows the
       * Root origin to specify the weight of the call.
       * 
       * The dispatch origin for this call must be _Root_.
       **/
      withWeight: AugmentedSubmittable<(call: Call | IMethod | string | Uint8Array, weight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call, SpWeightsWeightV2Weight]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    validatorSet: {
      /**
       * Adds `validator` to the set; it validates from the session after next.
       * 
       * Origin: [`Config::ManageOrigin`] (two thirds of the council, or Root).
       * Errors: [`Error::AlreadyValidator`], [`Error::NoSessionKeys`] (register them with
       * `session.setKeys` first), [`Error::TooManyValidators`].
       * Event: [`Event::ValidatorAdded`].
       **/
      addValidator: AugmentedSubmittable<(validator: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
      /**
       * Purges the caller's session keys and releases their deposit: how an account that
       * registered keys and was never added, or a validator the council removed, takes them
       * back once they are no longer in use. The runtime refuses `session.purgeKeys` itself:
       * a validator that purged its keys would leave the authorities without a vote,
       * weakening finality (and the last of them would halt it for good).
       * 
       * Origin: signed.
       * Errors: [`Error::StillValidating`] (in the set, or validating this session or the
       * next), [`Error::NoSessionKeys`].
       * Event: [`Event::KeysPurged`].
       **/
      purgeKeys: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Removes `validator` from the set; it stops validating at the start of the session
       * after next.
       * 
       * Origin: [`Config::ManageOrigin`] (two thirds of the council, or Root).
       * Errors: [`Error::NotValidator`], [`Error::TooFewValidators`].
       * Event: [`Event::ValidatorRemoved`].
       **/
      removeValidator: AugmentedSubmittable<(validator: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
      /**
       * Sets how many sessions in a row without a block get a validator reported offline.
       * 
       * Origin: [`Config::ManageOrigin`] (two thirds of the council, or Root).
       * Errors: [`Error::ZeroOfflineThreshold`].
       * Event: [`Event::OfflineThresholdSet`].
       **/
      setOfflineThreshold: AugmentedSubmittable<(sessions: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Sets what each validator that authors in a session is paid when it ends (zero pays
       * nothing). The reserve fund pays it within its `ValidatorRewards` budget.
       * 
       * Origin: [`Config::ManageOrigin`] (two thirds of the council, or Root).
       * Event: [`Event::RewardSet`].
       **/
      setReward: AugmentedSubmittable<(reward: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u128]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    vehicleRegistry: {
      /**
       * Accepts the offer of `vehicle` at `price` (which must be the offer's, so a changed
       * offer is never accepted unseen): pays the price to the owner and the transfer tax to
       * the reserve fund, and holds the record's deposit (returned to the seller).
       * 
       * Origin: the buyer. Errors: `VehicleNotFound`, `NoOffer`, `NotTheBuyer`,
       * `PriceMismatch`, the transfer's blockers in order (`ActiveLien`, `VehicleStolen`,
       * `UnpaidFines`, `RegistrationExpired`), `TooManyVehicles`, or the currency's. Event:
       * `Transferred`.
       **/
      accept: AugmentedSubmittable<(vehicle: u32 | AnyNumber | Uint8Array, price: Option<u128> | null | Uint8Array | u128 | AnyNumber) => SubmittableExtrinsic<ApiType>, [u32, Option<u128>]>;
      /**
       * Applies to register the vehicle `vin`; pays the registration fee into the reserve
       * fund and holds the record's deposit.
       * 
       * A VIN whose record is exported (`Deregistered(Exported)`) is a re-import: the record
       * and its id are reused with their history (odometer, its flag, inspections), pending
       * with the applicant as owner; plate, registration, lien, consent, offer and theft
       * flags start afresh. Its make, model and year must be the record's.
       * 
       * Origin: signed, a resident. Errors: `InvalidVin`, `VinTaken` (pending or
       * registered), `VinScrapped`, `EmptyText`, `InvalidYear`, `VehicleDataMismatch`,
       * `NotAResident`, `TooManyVehicles`, `Overflow`, or the currency's. Events: `Applied`,
       * and `Reimported` for a re-import.
       **/
      apply: AugmentedSubmittable<(vin: Bytes | string | Uint8Array, make: Bytes | string | Uint8Array, model: Bytes | string | Uint8Array, year: u16 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes, Bytes, Bytes, u16]>;
      /**
       * Registers a pending vehicle with `plate`, for a registration period from now.
       * 
       * Origin: `ClerkOrigin`. Errors: `VehicleNotFound`, `WrongStatus`, `InvalidPlate`,
       * `PlateTaken`, `PlateCoolingDown`. Event: `Registered`.
       **/
      approve: AugmentedSubmittable<(vehicle: u32 | AnyNumber | Uint8Array, plate: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, Bytes]>;
      /**
       * Buys `periods` permit periods of `zone` for a registered vehicle, from now; the
       * price goes into the reserve fund. Expired permits are dropped first.
       * 
       * Origin: the owner. Errors: `VehicleNotFound`, `NotOwner`, `WrongStatus`,
       * `ZoneNotFound`, `ZeroAmount`, `TooManyPermits`, `Overflow`, or the currency's.
       * Event: `PermitBought`.
       **/
      buyPermit: AugmentedSubmittable<(vehicle: u32 | AnyNumber | Uint8Array, zone: u16 | AnyNumber | Uint8Array, periods: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, u16, u32]>;
      /**
       * Clears an odometer flag after review.
       * 
       * Origin: `ClerkOrigin`. Errors: `VehicleNotFound`, `NotFlagged`. Event:
       * `OdometerFlagCleared`.
       **/
      clearOdometerFlag: AugmentedSubmittable<(vehicle: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Consents to a lien by `lender` (or withdraws consent with `None`).
       * 
       * Origin: the owner. Errors: `VehicleNotFound`, `NotOwner`, `WrongStatus`. Event:
       * `LienConsent`.
       **/
      consentToLien: AugmentedSubmittable<(vehicle: u32 | AnyNumber | Uint8Array, lender: Option<AccountId32> | null | Uint8Array | AccountId32 | string) => SubmittableExtrinsic<ApiType>, [u32, Option<AccountId32>]>;
      /**
       * Takes a registered vehicle off the road: its plate is freed (issued again after the
       * cool-down), its deposit returned, its record kept. A scrapped vehicle is gone for
       * good; an exported one may come back (see [`Pallet::apply`]).
       * 
       * Refused, in this order, under a lien (`ActiveLien`), while the police flag it stolen
       * (`FlaggedByPolice`: else an export and re-import would clear the flag) and while it
       * has an unpaid fine, open or disputed (`UnpaidFines`: the fines stay with the record).
       * 
       * Origin: the owner, or `ClerkOrigin`. Errors: `VehicleNotFound`, `NotOwner`,
       * `WrongStatus`, `ActiveLien`, `FlaggedByPolice`, `UnpaidFines`. Event:
       * `Deregistered`.
       **/
      deregister: AugmentedSubmittable<(vehicle: u32 | AnyNumber | Uint8Array, reason: PalletVehicleRegistryDeregistrationReason | 'Scrapped' | 'Exported' | number | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, PalletVehicleRegistryDeregistrationReason]>;
      /**
       * Dismisses a disputed fine: it goes.
       * 
       * Origin: `AdjudicatorOrigin`. Errors: `FineNotFound`, `NotDisputed`. Event:
       * `FineDismissed`.
       **/
      dismissFine: AugmentedSubmittable<(fine: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Disputes a fine, with the hash of the owner's evidence, within the dispute window.
       * 
       * Origin: the owner of the vehicle fined. Errors: `FineNotFound`, `VehicleNotFound`,
       * `NotOwner`, `AlreadyDisputed`, `DisputeWindowClosed`. Event: `FineDisputed`.
       **/
      disputeFine: AugmentedSubmittable<(fine: u64 | AnyNumber | Uint8Array, evidence: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, H256]>;
      /**
       * Records an inspection. A reading below the recorded odometer is not recorded: the
       * vehicle is flagged for review instead (the call succeeds, so the flag stays).
       * 
       * Origin: `InspectorOrigin`. Errors: `VehicleNotFound`, `WrongStatus`. Event:
       * `Inspected` or `OdometerFlagged`.
       **/
      inspect: AugmentedSubmittable<(vehicle: u32 | AnyNumber | Uint8Array, passed: bool | boolean | Uint8Array, odometer: u32 | AnyNumber | Uint8Array, report: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, bool, u32, H256]>;
      /**
       * Fines the vehicle with `plate`: `amount` for `offence`, with the evidence's hash, to
       * be paid by `deadline`.
       * 
       * Origin: `PoliceOrigin`. Errors: `VehicleNotFound`, `ZeroAmount`, `InvalidDeadline`,
       * `TooManyFines`, `Overflow`. Event: `FineIssued`.
       **/
      issueFine: AugmentedSubmittable<(plate: Bytes | string | Uint8Array, amount: u128 | AnyNumber | Uint8Array, offence: u16 | AnyNumber | Uint8Array, evidence: H256 | string | Uint8Array, deadline: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes, u128, u16, H256, u32]>;
      /**
       * Offers a registered vehicle to `buyer`, at `price` (paid to the owner on
       * acceptance) or as a gift. A new offer replaces the last.
       * 
       * Origin: the owner. Errors: `VehicleNotFound`, `NotOwner`, `WrongStatus`,
       * `OfferToSelf`, then the transfer's blockers in order: `ActiveLien`,
       * `VehicleStolen`, `UnpaidFines`, `RegistrationExpired`. Event: `Offered`.
       **/
      offer: AugmentedSubmittable<(vehicle: u32 | AnyNumber | Uint8Array, buyer: AccountId32 | string | Uint8Array, price: Option<u128> | null | Uint8Array | u128 | AnyNumber) => SubmittableExtrinsic<ApiType>, [u32, AccountId32, Option<u128>]>;
      /**
       * Pays a fine into the reserve fund (anyone may pay it, usually the owner). A fine
       * under dispute is paid too if the payer chooses: it ends the dispute.
       * 
       * Origin: signed. Errors: `FineNotFound`, or the currency's. Event: `FinePaid`.
       **/
      payFine: AugmentedSubmittable<(fine: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Records the caller's lien on `vehicle`, which its owner consented to.
       * 
       * Origin: signed, the lender. Errors: `VehicleNotFound`, `LienExists`,
       * `NoLienConsent`. Event: `LienRecorded`.
       **/
      recordLien: AugmentedSubmittable<(vehicle: u32 | AnyNumber | Uint8Array, reference: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, H256]>;
      /**
       * Rejects a pending application: the deposit returns (the fee paid for the review
       * does not). A first application's record goes, freeing its VIN; a re-import's record
       * (registered before) is exported again with its history, off the applicant's list.
       * 
       * Origin: `ClerkOrigin`. Errors: `VehicleNotFound`, `WrongStatus`. Event: `Rejected`.
       **/
      reject: AugmentedSubmittable<(vehicle: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Releases the caller's lien: the loan is paid.
       * 
       * Origin: signed, the lender. Errors: `VehicleNotFound`, `NoLien`. Event:
       * `LienReleased`.
       **/
      releaseLien: AugmentedSubmittable<(vehicle: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Renews a registration for another period from its end (or from now, if it ended),
       * paying the renewal fee.
       * 
       * Origin: the owner. Errors: `VehicleNotFound`, `NotOwner`, `WrongStatus`,
       * `VehicleStolen`, `OverdueFine`, or the currency's. Event: `Renewed`.
       **/
      renew: AugmentedSubmittable<(vehicle: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Flags a stolen vehicle recovered. The police clear any flag; the owner only their
       * own, never the police's.
       * 
       * Origin: the owner, or `PoliceOrigin` (tried first). Errors: `VehicleNotFound`,
       * `NotOwner`, `WrongStatus`, `NotStolen`, `FlaggedByPolice` (the owner, on a police
       * flag). Event: `ReportedRecovered`.
       **/
      reportRecovered: AugmentedSubmittable<(vehicle: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Flags a vehicle stolen (an open offer is withdrawn). A flag by the police is the
       * police's to clear (`stolen_by_police`); the police may flag a vehicle its owner
       * flagged already, which makes it a police flag.
       * 
       * Origin: the owner, or `PoliceOrigin` (tried first). Errors: `VehicleNotFound`,
       * `NotOwner`, `WrongStatus`, `AlreadyStolen` (flagged by the police already, or, for
       * the owner, flagged at all). Event: `ReportedStolen`.
       **/
      reportStolen: AugmentedSubmittable<(vehicle: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Sets a zone's price per permit period, or stops selling its permits (`None`).
       * 
       * Origin: `ZoneOrigin`. Errors: `ZeroAmount`. Event: `ZonePriceSet`.
       **/
      setZonePrice: AugmentedSubmittable<(zone: u16 | AnyNumber | Uint8Array, price: Option<u128> | null | Uint8Array | u128 | AnyNumber) => SubmittableExtrinsic<ApiType>, [u16, Option<u128>]>;
      /**
       * Upholds a disputed fine: it is open again, to be paid by `deadline`.
       * 
       * Origin: `AdjudicatorOrigin`. Errors: `FineNotFound`, `NotDisputed`,
       * `InvalidDeadline`. Event: `FineUpheld`.
       **/
      upholdFine: AugmentedSubmittable<(fine: u64 | AnyNumber | Uint8Array, deadline: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u32]>;
      /**
       * Withdraws the open offer.
       * 
       * Origin: the owner. Errors: `VehicleNotFound`, `NotOwner`, `NoOffer`. Event:
       * `OfferWithdrawn`.
       **/
      withdrawOffer: AugmentedSubmittable<(vehicle: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
  } // AugmentedSubmittables
} // declare module

//! Issuance: who may mint and burn CITY, and the council's allowance per issuance period (a
//! share of total issuance, fixed at the period's first mint or burn). Root has no cap.

use crate::*;

impl<T: Config> Pallet<T> {
	/// The issuance period of the current block.
	pub fn issuance_period() -> u32 {
		city_primitives::periods_in(
			frame_system::Pallet::<T>::block_number(),
			T::IssuancePeriod::get(),
		)
	}

	/// Root, or `MintOrigin`: answers whether it was Root.
	pub(crate) fn ensure_issuer(origin: OriginFor<T>) -> Result<bool, DispatchError> {
		let issuer =
			EitherOfDiverse::<EnsureRoot<T::AccountId>, T::MintOrigin>::ensure_origin(origin)?;
		Ok(issuer.is_left())
	}

	/// Records a mint (`minting`) or burn of `amount` in this period, within the council's
	/// allowance unless `by_root`.
	pub(crate) fn count_issuance(
		amount: BalanceOf<T>,
		by_root: bool,
		minting: bool,
	) -> DispatchResult {
		let period = Self::issuance_period();
		let mut record = Issuance::<T>::get(period).unwrap_or_else(|| IssuanceRecord {
			allowance: MintCap::<T>::get() * T::Currency::total_issuance(),
			..Default::default()
		});
		let counter = match (by_root, minting) {
			(true, true) => &mut record.root_minted,
			(true, false) => &mut record.root_burned,
			(false, true) => &mut record.council_minted,
			(false, false) => &mut record.council_burned,
		};
		*counter = counter.saturating_add(amount);
		ensure!(by_root || *counter <= record.allowance, Error::<T>::AboveMintCap);
		Issuance::<T>::insert(period, record);
		Ok(())
	}

	/// The issuance policy's state.
	pub fn issuance_status() -> IssuanceStatus<BalanceOf<T>> {
		let period = Self::issuance_period();
		IssuanceStatus {
			period,
			cap: MintCap::<T>::get(),
			record: Issuance::<T>::get(period),
			total_issuance: T::Currency::total_issuance(),
		}
	}
}

//! City services: the catalogue, paying for a service (its price plus the city tax, into the
//! reserve fund) and the receipts, kept `ReceiptRetention` blocks and pruned with spare weight.

use crate::*;

/// The most receipts pruned in one block, whatever the spare weight.
pub const MAX_PRUNED_PER_BLOCK: u32 = 256;

impl<T: Config> Pallet<T> {
	/// Pays for service `id` by `payer` (the logic of `pay_for_service`): its price plus the
	/// city tax, at most `max_total`, go into the reserve fund, and a receipt is recorded.
	pub(crate) fn do_pay_for_service(
		payer: T::AccountId,
		id: ServiceId,
		max_total: BalanceOf<T>,
		reference: H256,
	) -> DispatchResult {
		let service = Services::<T>::get(id).ok_or(Error::<T>::ServiceNotFound)?;
		ensure!(service.active, Error::<T>::ServiceInactive);
		ensure!(
			!service.resident_only
				|| T::Credentials::has_active_credential(&payer, &CredentialKind::Resident, None),
			Error::<T>::NotAResident
		);
		let tax = TaxRate::<T>::get().mul_ceil(service.price);
		let total = service.price.checked_add(&tax).ok_or(ArithmeticError::Overflow)?;
		ensure!(total <= max_total, Error::<T>::PriceAboveLimit);
		let receipt = NextReceiptId::<T>::get();
		T::ReserveFund::receive(&payer, total, Inflow::ServicePayment, reference)?;
		Receipts::<T>::insert(
			receipt,
			Receipt {
				payer: payer.clone(),
				service: id,
				price: service.price,
				tax,
				reference,
				at: frame_system::Pallet::<T>::block_number(),
			},
		);
		NextReceiptId::<T>::put(receipt.saturating_add(1));
		Self::deposit_event(Event::ServicePaid {
			receipt,
			payer,
			service: id,
			price: service.price,
			tax,
			reference,
		});
		Ok(())
	}

	/// The catalogue, by id, with names as bytes.
	pub fn services() -> Vec<(ServiceId, Service<Vec<u8>, BalanceOf<T>>)> {
		let mut services: Vec<_> = Services::<T>::iter()
			.map(|(id, service)| {
				(
					id,
					Service {
						name: service.name.into_inner(),
						department: service.department,
						price: service.price,
						resident_only: service.resident_only,
						active: service.active,
					},
				)
			})
			.collect();
		services.sort_by_key(|(id, _)| *id);
		services
	}

	/// Prunes receipts older than `ReceiptRetention` while `remaining` weight allows.
	/// Answers the weight used.
	pub fn prune_receipts(now: BlockNumberFor<T>, remaining: Weight) -> Weight {
		let base = T::WeightInfo::prune_receipts(0);
		let per_receipt = T::WeightInfo::prune_receipts(1).saturating_sub(base);
		if remaining.any_lt(base.saturating_add(per_receipt)) {
			return Weight::zero();
		}
		let fit = remaining
			.saturating_sub(base)
			.checked_div_per_component(&per_receipt)
			.unwrap_or(u64::MAX)
			.min(MAX_PRUNED_PER_BLOCK.into()) as u32;
		let (mut oldest, next) = (OldestReceipt::<T>::get(), NextReceiptId::<T>::get());
		let mut pruned = 0;
		while pruned < fit && oldest < next {
			match Receipts::<T>::get(oldest) {
				Some(receipt) if receipt.at.saturating_add(T::ReceiptRetention::get()) > now => {
					break
				}
				_ => {
					Receipts::<T>::remove(oldest);
					oldest = oldest.saturating_add(1);
					pruned += 1;
				}
			}
		}
		if pruned > 0 {
			OldestReceipt::<T>::put(oldest);
		}
		T::WeightInfo::prune_receipts(pruned)
	}
}

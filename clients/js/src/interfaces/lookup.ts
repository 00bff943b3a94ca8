// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

/* eslint-disable sort-keys */

export default {
  /**
   * Lookup9: frame_system::pallet::Call<T>
   **/
  FrameSystemCall: {
    _enum: {
      remark: {
        remark: 'Bytes',
      },
      set_heap_pages: {
        pages: 'u64',
      },
      set_code: {
        code: 'Bytes',
      },
      set_code_without_checks: {
        code: 'Bytes',
      },
      set_storage: {
        items: 'Vec<(Bytes,Bytes)>',
      },
      kill_storage: {
        _alias: {
          keys_: 'keys',
        },
        keys_: 'Vec<Bytes>',
      },
      kill_prefix: {
        prefix: 'Bytes',
        subkeys: 'u32',
      },
      remark_with_event: {
        remark: 'Bytes',
      },
      __Unused8: 'Null',
      authorize_upgrade: {
        codeHash: 'H256',
      },
      authorize_upgrade_without_checks: {
        codeHash: 'H256',
      },
      apply_authorized_upgrade: {
        code: 'Bytes'
      }
    }
  },
  /**
   * Lookup16: pallet_timestamp::pallet::Call<T>
   **/
  PalletTimestampCall: {
    _enum: {
      set: {
        now: 'Compact<u64>'
      }
    }
  },
  /**
   * Lookup18: pallet_grandpa::pallet::Call<T>
   **/
  PalletGrandpaCall: {
    _enum: {
      report_equivocation: {
        equivocationProof: 'SpConsensusGrandpaEquivocationProof',
        keyOwnerProof: 'SpCoreVoid',
      },
      report_equivocation_unsigned: {
        equivocationProof: 'SpConsensusGrandpaEquivocationProof',
        keyOwnerProof: 'SpCoreVoid',
      },
      note_stalled: {
        delay: 'u32',
        bestFinalizedBlockNumber: 'u32'
      }
    }
  },
  /**
   * Lookup19: sp_consensus_grandpa::EquivocationProof<primitive_types::H256, N>
   **/
  SpConsensusGrandpaEquivocationProof: {
    setId: 'u64',
    equivocation: 'SpConsensusGrandpaEquivocation'
  },
  /**
   * Lookup20: sp_consensus_grandpa::Equivocation<primitive_types::H256, N>
   **/
  SpConsensusGrandpaEquivocation: {
    _enum: {
      Prevote: 'FinalityGrandpaEquivocationPrevote',
      Precommit: 'FinalityGrandpaEquivocationPrecommit'
    }
  },
  /**
   * Lookup21: finality_grandpa::Equivocation<sp_consensus_grandpa::app::Public, finality_grandpa::Prevote<primitive_types::H256, N>, sp_consensus_grandpa::app::Signature>
   **/
  FinalityGrandpaEquivocationPrevote: {
    roundNumber: 'u64',
    identity: 'SpConsensusGrandpaAppPublic',
    first: '(FinalityGrandpaPrevote,SpConsensusGrandpaAppSignature)',
    second: '(FinalityGrandpaPrevote,SpConsensusGrandpaAppSignature)'
  },
  /**
   * Lookup22: sp_consensus_grandpa::app::Public
   **/
  SpConsensusGrandpaAppPublic: '[u8;32]',
  /**
   * Lookup23: finality_grandpa::Prevote<primitive_types::H256, N>
   **/
  FinalityGrandpaPrevote: {
    targetHash: 'H256',
    targetNumber: 'u32'
  },
  /**
   * Lookup24: sp_consensus_grandpa::app::Signature
   **/
  SpConsensusGrandpaAppSignature: '[u8;64]',
  /**
   * Lookup27: finality_grandpa::Equivocation<sp_consensus_grandpa::app::Public, finality_grandpa::Precommit<primitive_types::H256, N>, sp_consensus_grandpa::app::Signature>
   **/
  FinalityGrandpaEquivocationPrecommit: {
    roundNumber: 'u64',
    identity: 'SpConsensusGrandpaAppPublic',
    first: '(FinalityGrandpaPrecommit,SpConsensusGrandpaAppSignature)',
    second: '(FinalityGrandpaPrecommit,SpConsensusGrandpaAppSignature)'
  },
  /**
   * Lookup28: finality_grandpa::Precommit<primitive_types::H256, N>
   **/
  FinalityGrandpaPrecommit: {
    targetHash: 'H256',
    targetNumber: 'u32'
  },
  /**
   * Lookup30: sp_core::Void
   **/
  SpCoreVoid: 'Null',
  /**
   * Lookup31: pallet_balances::pallet::Call<T, I>
   **/
  PalletBalancesCall: {
    _enum: {
      transfer_allow_death: {
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      __Unused1: 'Null',
      force_transfer: {
        source: 'MultiAddress',
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      transfer_keep_alive: {
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      transfer_all: {
        dest: 'MultiAddress',
        keepAlive: 'bool',
      },
      force_unreserve: {
        who: 'MultiAddress',
        amount: 'u128',
      },
      upgrade_accounts: {
        who: 'Vec<AccountId32>',
      },
      __Unused7: 'Null',
      force_set_balance: {
        who: 'MultiAddress',
        newFree: 'Compact<u128>',
      },
      force_adjust_total_issuance: {
        direction: 'PalletBalancesAdjustmentDirection',
        delta: 'Compact<u128>',
      },
      burn: {
        value: 'Compact<u128>',
        keepAlive: 'bool'
      }
    }
  },
  /**
   * Lookup36: pallet_balances::types::AdjustmentDirection
   **/
  PalletBalancesAdjustmentDirection: {
    _enum: ['Increase', 'Decrease']
  },
  /**
   * Lookup37: pallet_validator_set::pallet::Call<T>
   **/
  PalletValidatorSetCall: {
    _enum: {
      add_validator: {
        validator: 'AccountId32',
      },
      remove_validator: {
        validator: 'AccountId32',
      },
      set_reward: {
        reward: 'u128',
      },
      set_offline_threshold: {
        sessions: 'u32',
      },
      purge_keys: 'Null'
    }
  },
  /**
   * Lookup38: pallet_session::pallet::Call<T>
   **/
  PalletSessionCall: {
    _enum: {
      set_keys: {
        _alias: {
          keys_: 'keys',
        },
        keys_: 'CityRuntimeOpaqueSessionKeys',
        proof: 'Bytes',
      },
      purge_keys: 'Null'
    }
  },
  /**
   * Lookup39: city_runtime::opaque::SessionKeys
   **/
  CityRuntimeOpaqueSessionKeys: {
    aura: 'SpConsensusAuraSr25519AppSr25519Public',
    grandpa: 'SpConsensusGrandpaAppPublic'
  },
  /**
   * Lookup40: sp_consensus_aura::sr25519::app_sr25519::Public
   **/
  SpConsensusAuraSr25519AppSr25519Public: '[u8;32]',
  /**
   * Lookup41: pallet_preimage::pallet::Call<T>
   **/
  PalletPreimageCall: {
    _enum: {
      note_preimage: {
        bytes: 'Bytes',
      },
      unnote_preimage: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      request_preimage: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      unrequest_preimage: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      ensure_updated: {
        hashes: 'Vec<H256>'
      }
    }
  },
  /**
   * Lookup43: pallet_scheduler::pallet::Call<T>
   **/
  PalletSchedulerCall: {
    _enum: {
      schedule: {
        when: 'u32',
        maybePeriodic: 'Option<(u32,u32)>',
        priority: 'u8',
        call: 'Call',
      },
      cancel: {
        when: 'u32',
        index: 'u32',
      },
      schedule_named: {
        id: '[u8;32]',
        when: 'u32',
        maybePeriodic: 'Option<(u32,u32)>',
        priority: 'u8',
        call: 'Call',
      },
      cancel_named: {
        id: '[u8;32]',
      },
      schedule_after: {
        after: 'u32',
        maybePeriodic: 'Option<(u32,u32)>',
        priority: 'u8',
        call: 'Call',
      },
      schedule_named_after: {
        id: '[u8;32]',
        after: 'u32',
        maybePeriodic: 'Option<(u32,u32)>',
        priority: 'u8',
        call: 'Call',
      },
      set_retry: {
        task: '(u32,u32)',
        retries: 'u8',
        period: 'u32',
      },
      set_retry_named: {
        id: '[u8;32]',
        retries: 'u8',
        period: 'u32',
      },
      cancel_retry: {
        task: '(u32,u32)',
      },
      cancel_retry_named: {
        id: '[u8;32]'
      }
    }
  },
  /**
   * Lookup46: pallet_collective::pallet::Call<T, I>
   **/
  PalletCollectiveCall: {
    _enum: {
      set_members: {
        newMembers: 'Vec<AccountId32>',
        prime: 'Option<AccountId32>',
        oldCount: 'u32',
      },
      execute: {
        proposal: 'Call',
        lengthBound: 'Compact<u32>',
      },
      propose: {
        threshold: 'Compact<u32>',
        proposal: 'Call',
        lengthBound: 'Compact<u32>',
      },
      vote: {
        proposal: 'H256',
        index: 'Compact<u32>',
        approve: 'bool',
      },
      __Unused4: 'Null',
      disapprove_proposal: {
        proposalHash: 'H256',
      },
      close: {
        proposalHash: 'H256',
        index: 'Compact<u32>',
        proposalWeightBound: 'SpWeightsWeightV2Weight',
        lengthBound: 'Compact<u32>',
      },
      kill: {
        proposalHash: 'H256',
      },
      release_proposal_cost: {
        proposalHash: 'H256'
      }
    }
  },
  /**
   * Lookup49: sp_weights::weight_v2::Weight
   **/
  SpWeightsWeightV2Weight: {
    refTime: 'Compact<u64>',
    proofSize: 'Compact<u64>'
  },
  /**
   * Lookup50: pallet_membership::pallet::Call<T, I>
   **/
  PalletMembershipCall: {
    _enum: {
      add_member: {
        who: 'MultiAddress',
      },
      remove_member: {
        who: 'MultiAddress',
      },
      swap_member: {
        remove: 'MultiAddress',
        add: 'MultiAddress',
      },
      reset_members: {
        members: 'Vec<AccountId32>',
      },
      change_key: {
        _alias: {
          new_: 'new',
        },
        new_: 'MultiAddress',
      },
      set_prime: {
        who: 'MultiAddress',
      },
      clear_prime: 'Null'
    }
  },
  /**
   * Lookup53: pallet_democracy::pallet::Call<T>
   **/
  PalletDemocracyCall: {
    _enum: {
      propose: {
        proposal: 'FrameSupportPreimagesBounded',
        value: 'Compact<u128>',
      },
      second: {
        proposal: 'Compact<u32>',
      },
      vote: {
        refIndex: 'Compact<u32>',
        vote: 'PalletDemocracyVoteAccountVote',
      },
      emergency_cancel: {
        refIndex: 'u32',
      },
      external_propose: {
        proposal: 'FrameSupportPreimagesBounded',
      },
      external_propose_majority: {
        proposal: 'FrameSupportPreimagesBounded',
      },
      external_propose_default: {
        proposal: 'FrameSupportPreimagesBounded',
      },
      fast_track: {
        proposalHash: 'H256',
        votingPeriod: 'u32',
        delay: 'u32',
      },
      veto_external: {
        proposalHash: 'H256',
      },
      cancel_referendum: {
        refIndex: 'Compact<u32>',
      },
      delegate: {
        to: 'MultiAddress',
        conviction: 'PalletDemocracyConviction',
        balance: 'u128',
      },
      undelegate: 'Null',
      clear_public_proposals: 'Null',
      unlock: {
        target: 'MultiAddress',
      },
      remove_vote: {
        index: 'u32',
      },
      remove_other_vote: {
        target: 'MultiAddress',
        index: 'u32',
      },
      blacklist: {
        proposalHash: 'H256',
        maybeRefIndex: 'Option<u32>',
      },
      cancel_proposal: {
        propIndex: 'Compact<u32>',
      },
      set_metadata: {
        owner: 'PalletDemocracyMetadataOwner',
        maybeHash: 'Option<H256>'
      }
    }
  },
  /**
   * Lookup54: frame_support::traits::preimages::Bounded<city_runtime::RuntimeCall, sp_runtime::traits::BlakeTwo256>
   **/
  FrameSupportPreimagesBounded: {
    _enum: {
      Legacy: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      Inline: 'Bytes',
      Lookup: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
        len: 'u32'
      }
    }
  },
  /**
   * Lookup55: sp_runtime::traits::BlakeTwo256
   **/
  SpRuntimeBlakeTwo256: 'Null',
  /**
   * Lookup57: pallet_democracy::vote::AccountVote<Balance>
   **/
  PalletDemocracyVoteAccountVote: {
    _enum: {
      Standard: {
        vote: 'Vote',
        balance: 'u128',
      },
      Split: {
        aye: 'u128',
        nay: 'u128'
      }
    }
  },
  /**
   * Lookup59: pallet_democracy::conviction::Conviction
   **/
  PalletDemocracyConviction: {
    _enum: ['None', 'Locked1x', 'Locked2x', 'Locked3x', 'Locked4x', 'Locked5x', 'Locked6x']
  },
  /**
   * Lookup61: pallet_democracy::types::MetadataOwner
   **/
  PalletDemocracyMetadataOwner: {
    _enum: {
      External: 'Null',
      Proposal: 'u32',
      Referendum: 'u32'
    }
  },
  /**
   * Lookup63: pallet_citycoin::pallet::Call<T>
   **/
  PalletCitycoinCall: {
    _enum: {
      mint: {
        to: 'AccountId32',
        amount: 'u128',
        reference: 'H256',
      },
      burn: {
        amount: 'u128',
        reference: 'H256',
      },
      set_mint_cap: {
        cap: 'Perbill',
      },
      add_service: {
        name: 'Bytes',
        department: 'CityPrimitivesCredentialsDepartment',
        price: 'u128',
        residentOnly: 'bool',
      },
      update_service: {
        id: 'u32',
        price: 'u128',
        residentOnly: 'bool',
        active: 'bool',
      },
      set_tax_rate: {
        rate: 'Permill',
      },
      pay_for_service: {
        id: 'u32',
        maxTotal: 'u128',
        reference: 'H256',
      },
      enrol: {
        who: 'AccountId32',
        department: 'CityPrimitivesCredentialsDepartment',
        role: 'u16',
        wage: 'u128',
      },
      set_wage: {
        who: 'AccountId32',
        wage: 'u128',
      },
      remove_employee: {
        who: 'AccountId32',
      },
      set_tariff: {
        kind: 'CityPrimitivesMeteringMeterKind',
        price: 'Option<u128>',
      },
      settle_bill: {
        consumer: 'AccountId32',
        meter: 'H256',
      },
      set_usage_cap: {
        kind: 'CityPrimitivesMeteringMeterKind',
        cap: 'Option<u64>',
      },
      dispute_bill: {
        meter: 'H256',
        evidence: 'H256',
      },
      resolve_bill: {
        consumer: 'AccountId32',
        meter: 'H256',
        amount: 'u128'
      }
    }
  },
  /**
   * Lookup66: city_primitives::credentials::Department
   **/
  CityPrimitivesCredentialsDepartment: {
    _enum: {
      PopulationOffice: 'Null',
      VehicleAuthority: 'Null',
      Police: 'Null',
      PublicWorks: 'Null',
      Utilities: 'Null',
      Finance: 'Null',
      Other: 'u16'
    }
  },
  /**
   * Lookup69: city_primitives::metering::MeterKind
   **/
  CityPrimitivesMeteringMeterKind: {
    _enum: {
      Water: 'Null',
      Electricity: 'Null',
      Gas: 'Null',
      Heat: 'Null',
      Other: 'u16'
    }
  },
  /**
   * Lookup72: pallet_reserve_fund::pallet::Call<T>
   **/
  PalletReserveFundCall: {
    _enum: {
      donate: {
        amount: 'u128',
        memo: 'H256',
      },
      spend: {
        category: 'CityPrimitivesTreasurySpendCategory',
        amount: 'u128',
        to: 'AccountId32',
        reference: 'H256',
      },
      set_budget: {
        category: 'CityPrimitivesTreasurySpendCategory',
        limit: 'u128',
      },
      remove_budget: {
        category: 'CityPrimitivesTreasurySpendCategory',
      },
      set_reserve_floor: {
        floor: 'Permill',
      },
      award_contract: {
        contractor: 'AccountId32',
        milestones: 'Vec<(u128,H256)>',
      },
      certify_milestone: {
        id: 'u32',
        milestone: 'u32',
      },
      dispute_milestone: {
        id: 'u32',
        milestone: 'u32',
      },
      release_milestone: {
        id: 'u32',
        milestone: 'u32',
      },
      cancel_contract: {
        id: 'u32'
      }
    }
  },
  /**
   * Lookup73: city_primitives::treasury::SpendCategory
   **/
  CityPrimitivesTreasurySpendCategory: {
    _enum: {
      PublicWorks: 'Null',
      Payroll: 'Null',
      DebtService: 'Null',
      Operations: 'Null',
      Grants: 'Null',
      Emergency: 'Null',
      Other: 'u16',
      ValidatorRewards: 'Null'
    }
  },
  /**
   * Lookup77: pallet_bonds::pallet::Call<T>
   **/
  PalletBondsCall: {
    _enum: {
      set_debt_ceiling: {
        ceiling: 'u128',
      },
      issue: {
        terms: 'PalletBondsTerms',
      },
      subscribe: {
        id: 'u32',
        units: 'u32',
      },
      close_subscription: {
        id: 'u32',
      },
      reclaim: {
        id: 'u32',
      },
      transfer: {
        id: 'u32',
        to: 'AccountId32',
        units: 'u32',
      },
      claim_coupons: {
        id: 'u32',
      },
      redeem: {
        id: 'u32',
        units: 'u32',
      },
      call_series: {
        id: 'u32',
        price: 'u128',
        notice: 'u32',
      },
      declare_default: {
        id: 'u32',
      },
      poke: {
        id: 'u32'
      }
    }
  },
  /**
   * Lookup78: pallet_bonds::types::Terms<bounded_collections::bounded_vec::BoundedVec<T, S>, Balance, BlockNumber>
   **/
  PalletBondsTerms: {
    name: 'Bytes',
    purpose: 'H256',
    contract: 'Option<u32>',
    face: 'u128',
    couponRate: 'Perbill',
    couponPeriod: 'u32',
    periods: 'u32',
    units: 'u32',
    subscriptionEnd: 'u32',
    minUnits: 'u32',
    residentUnits: 'u32'
  },
  /**
   * Lookup80: pallet_identity_registry::pallet::Call<T>
   **/
  PalletIdentityRegistryCall: {
    _enum: {
      register_issuer: {
        department: 'CityPrimitivesCredentialsDepartment',
        name: 'Bytes',
        accounts: 'Vec<AccountId32>',
        kinds: 'Vec<CityPrimitivesCredentialsCredentialKind>',
      },
      update_issuer: {
        issuer: 'u32',
        accounts: 'Option<Vec<AccountId32>>',
        kinds: 'Option<Vec<CityPrimitivesCredentialsCredentialKind>>',
      },
      remove_issuer: {
        issuer: 'u32',
      },
      suspend_issued: {
        issuer: 'u32',
        limit: 'u32',
      },
      issue: {
        subject: 'AccountId32',
        kind: 'CityPrimitivesCredentialsCredentialKind',
        commitment: 'H256',
        expiresAt: 'Option<u32>',
      },
      issue_by_council: {
        subject: 'AccountId32',
        kind: 'CityPrimitivesCredentialsCredentialKind',
        commitment: 'H256',
        expiresAt: 'Option<u32>',
      },
      suspend: {
        id: 'u64',
        reason: 'PalletIdentityRegistrySuspensionReason',
      },
      reinstate: {
        id: 'u64',
      },
      revoke: {
        id: 'u64',
        reason: 'PalletIdentityRegistryRevocationReason',
      },
      renew: {
        id: 'u64',
        expiresAt: 'Option<u32>',
      },
      erase: {
        id: 'u64'
      }
    }
  },
  /**
   * Lookup84: city_primitives::credentials::CredentialKind
   **/
  CityPrimitivesCredentialsCredentialKind: {
    _enum: {
      Resident: 'Null',
      Adult: 'Null',
      Employee: {
        department: 'CityPrimitivesCredentialsDepartment',
        role: 'u16',
      },
      Inspector: 'Null',
      VehicleClerk: 'Null',
      PoliceOfficer: 'Null',
      Adjudicator: 'Null',
      Treasurer: 'Null',
      DeviceOperator: 'Null',
      DriversLicence: 'Null',
      Custom: 'Bytes'
    }
  },
  /**
   * Lookup89: pallet_identity_registry::types::SuspensionReason
   **/
  PalletIdentityRegistrySuspensionReason: {
    _enum: {
      UnderInvestigation: 'Null',
      DocumentsInDoubt: 'Null',
      RequestedBySubject: 'Null',
      IssuerRemoved: 'Null',
      Other: 'u16'
    }
  },
  /**
   * Lookup90: pallet_identity_registry::types::RevocationReason
   **/
  PalletIdentityRegistryRevocationReason: {
    _enum: {
      IssuedInError: 'Null',
      Fraud: 'Null',
      Superseded: 'Null',
      NoLongerEligible: 'Null',
      SubjectDeceased: 'Null',
      Other: 'u16'
    }
  },
  /**
   * Lookup91: pallet_vehicle_registry::pallet::Call<T>
   **/
  PalletVehicleRegistryCall: {
    _enum: {
      apply: {
        vin: 'Bytes',
        make: 'Bytes',
        model: 'Bytes',
        year: 'u16',
      },
      approve: {
        vehicle: 'u32',
        plate: 'Bytes',
      },
      reject: {
        vehicle: 'u32',
      },
      renew: {
        vehicle: 'u32',
      },
      deregister: {
        vehicle: 'u32',
        reason: 'PalletVehicleRegistryDeregistrationReason',
      },
      offer: {
        vehicle: 'u32',
        buyer: 'AccountId32',
        price: 'Option<u128>',
      },
      withdraw_offer: {
        vehicle: 'u32',
      },
      accept: {
        vehicle: 'u32',
        price: 'Option<u128>',
      },
      consent_to_lien: {
        vehicle: 'u32',
        lender: 'Option<AccountId32>',
      },
      record_lien: {
        vehicle: 'u32',
        reference: 'H256',
      },
      release_lien: {
        vehicle: 'u32',
      },
      inspect: {
        vehicle: 'u32',
        passed: 'bool',
        odometer: 'u32',
        report: 'H256',
      },
      clear_odometer_flag: {
        vehicle: 'u32',
      },
      report_stolen: {
        vehicle: 'u32',
      },
      report_recovered: {
        vehicle: 'u32',
      },
      set_zone_price: {
        zone: 'u16',
        price: 'Option<u128>',
      },
      buy_permit: {
        vehicle: 'u32',
        zone: 'u16',
        periods: 'u32',
      },
      issue_fine: {
        plate: 'Bytes',
        amount: 'u128',
        offence: 'u16',
        evidence: 'H256',
        deadline: 'u32',
      },
      pay_fine: {
        fine: 'u64',
      },
      dispute_fine: {
        fine: 'u64',
        evidence: 'H256',
      },
      uphold_fine: {
        fine: 'u64',
        deadline: 'u32',
      },
      dismiss_fine: {
        fine: 'u64'
      }
    }
  },
  /**
   * Lookup95: pallet_vehicle_registry::types::DeregistrationReason
   **/
  PalletVehicleRegistryDeregistrationReason: {
    _enum: ['Scrapped', 'Exported']
  },
  /**
   * Lookup96: pallet_iot_anchors::pallet::Call<T>
   **/
  PalletIotAnchorsCall: {
    _enum: {
      register: {
        key: 'PalletIotAnchorsDeviceKey',
        kind: 'PalletIotAnchorsDeviceKind',
        location: 'Bytes',
        proof: 'SpRuntimeMultiSignature',
      },
      anchor: {
        anchor: 'PalletIotAnchorsAnchor',
        signature: 'SpRuntimeMultiSignature',
      },
      suspend: {
        device: 'H256',
      },
      resume: {
        device: 'H256',
      },
      revoke: {
        device: 'H256',
      },
      rotate_key: {
        device: 'H256',
        key: 'PalletIotAnchorsDeviceKey',
        proof: 'SpRuntimeMultiSignature',
      },
      offer_transfer: {
        device: 'H256',
        to: 'Option<AccountId32>',
      },
      accept_transfer: {
        device: 'H256',
        key: 'PalletIotAnchorsDeviceKey',
        proof: 'SpRuntimeMultiSignature',
      },
      set_plausible_range: {
        kind: 'PalletIotAnchorsDeviceKind',
        range: 'Option<{"min":"i64","max":"i64"}>',
      },
      city_suspend: {
        device: 'H256',
      },
      city_resume: {
        device: 'H256',
      },
      city_revoke: {
        device: 'H256',
      },
      set_policy: {
        kind: 'PalletIotAnchorsDeviceKind',
        policy: 'Option<PalletIotAnchorsDevicePolicy>',
      },
      propose_consumer: {
        device: 'H256',
        consumer: 'Option<AccountId32>',
      },
      accept_consumer: {
        device: 'H256',
      },
      reset_meter: {
        device: 'H256',
      },
      set_relay: {
        device: 'H256',
        relay: 'Option<PalletIotAnchorsDeviceKey>'
      }
    }
  },
  /**
   * Lookup97: pallet_iot_anchors::types::DeviceKey
   **/
  PalletIotAnchorsDeviceKey: {
    _enum: {
      Ed25519: '[u8;32]',
      Sr25519: '[u8;32]',
      Ecdsa: '[u8;33]'
    }
  },
  /**
   * Lookup99: pallet_iot_anchors::types::DeviceKind
   **/
  PalletIotAnchorsDeviceKind: {
    _enum: {
      AirQuality: 'Null',
      Traffic: 'Null',
      Noise: 'Null',
      Weather: 'Null',
      Meter: 'CityPrimitivesMeteringMeterKind',
      Other: 'u16'
    }
  },
  /**
   * Lookup101: sp_runtime::MultiSignature
   **/
  SpRuntimeMultiSignature: {
    _enum: {
      Ed25519: '[u8;64]',
      Sr25519: '[u8;64]',
      Ecdsa: '[u8;65]',
      Eth: '[u8;65]'
    }
  },
  /**
   * Lookup103: pallet_iot_anchors::types::Anchor
   **/
  PalletIotAnchorsAnchor: {
    device: 'H256',
    sequence: 'u64',
    timestamp: 'u64',
    root: 'H256',
    count: 'u32',
    summary: 'Option<PalletIotAnchorsSummary>',
    cumulative: 'Option<u64>'
  },
  /**
   * Lookup105: pallet_iot_anchors::types::Summary
   **/
  PalletIotAnchorsSummary: {
    min: 'i64',
    max: 'i64',
    mean: 'i64'
  },
  /**
   * Lookup110: pallet_iot_anchors::types::DevicePolicy<BlockNumber>
   **/
  PalletIotAnchorsDevicePolicy: {
    maxPerOwner: 'u32',
    minInterval: 'u32'
  },
  /**
   * Lookup112: pallet_utility::pallet::Call<T>
   **/
  PalletUtilityCall: {
    _enum: {
      batch: {
        calls: 'Vec<Call>',
      },
      as_derivative: {
        index: 'u16',
        call: 'Call',
      },
      batch_all: {
        calls: 'Vec<Call>',
      },
      dispatch_as: {
        asOrigin: 'CityRuntimeOriginCaller',
        call: 'Call',
      },
      force_batch: {
        calls: 'Vec<Call>',
      },
      with_weight: {
        call: 'Call',
        weight: 'SpWeightsWeightV2Weight',
      },
      if_else: {
        main: 'Call',
        fallback: 'Call',
      },
      dispatch_as_fallible: {
        asOrigin: 'CityRuntimeOriginCaller',
        call: 'Call'
      }
    }
  },
  /**
   * Lookup114: city_runtime::OriginCaller
   **/
  CityRuntimeOriginCaller: {
    _enum: {
      system: 'FrameSupportDispatchRawOrigin',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      __Unused4: 'Null',
      __Unused5: 'Null',
      __Unused6: 'Null',
      __Unused7: 'Null',
      __Unused8: 'Null',
      __Unused9: 'Null',
      __Unused10: 'Null',
      __Unused11: 'Null',
      Council: 'PalletCollectiveRawOrigin',
      __Unused13: 'Null',
      TechnicalCommittee: 'PalletCollectiveRawOrigin'
    }
  },
  /**
   * Lookup115: frame_support::dispatch::RawOrigin<sp_core::crypto::AccountId32>
   **/
  FrameSupportDispatchRawOrigin: {
    _enum: {
      Root: 'Null',
      Signed: 'AccountId32',
      None: 'Null',
      Authorized: 'Null'
    }
  },
  /**
   * Lookup116: pallet_collective::RawOrigin<sp_core::crypto::AccountId32, I>
   **/
  PalletCollectiveRawOrigin: {
    _enum: {
      Members: '(u32,u32)',
      Member: 'AccountId32',
      _Phantom: 'Null'
    }
  },
  /**
   * Lookup118: pallet_multisig::pallet::Call<T>
   **/
  PalletMultisigCall: {
    _enum: {
      as_multi_threshold_1: {
        otherSignatories: 'Vec<AccountId32>',
        call: 'Call',
      },
      as_multi: {
        threshold: 'u16',
        otherSignatories: 'Vec<AccountId32>',
        maybeTimepoint: 'Option<PalletMultisigTimepoint>',
        call: 'Call',
        maxWeight: 'SpWeightsWeightV2Weight',
      },
      approve_as_multi: {
        threshold: 'u16',
        otherSignatories: 'Vec<AccountId32>',
        maybeTimepoint: 'Option<PalletMultisigTimepoint>',
        callHash: '[u8;32]',
        maxWeight: 'SpWeightsWeightV2Weight',
      },
      cancel_as_multi: {
        threshold: 'u16',
        otherSignatories: 'Vec<AccountId32>',
        timepoint: 'PalletMultisigTimepoint',
        callHash: '[u8;32]',
      },
      poke_deposit: {
        threshold: 'u16',
        otherSignatories: 'Vec<AccountId32>',
        callHash: '[u8;32]'
      }
    }
  },
  /**
   * Lookup120: pallet_multisig::Timepoint<BlockNumber>
   **/
  PalletMultisigTimepoint: {
    height: 'u32',
    index: 'u32'
  },
  /**
   * Lookup121: pallet_proxy::pallet::Call<T>
   **/
  PalletProxyCall: {
    _enum: {
      proxy: {
        real: 'MultiAddress',
        forceProxyType: 'Option<CityRuntimeConfigsAccountsProxyType>',
        call: 'Call',
      },
      add_proxy: {
        delegate: 'MultiAddress',
        proxyType: 'CityRuntimeConfigsAccountsProxyType',
        delay: 'u32',
      },
      remove_proxy: {
        delegate: 'MultiAddress',
        proxyType: 'CityRuntimeConfigsAccountsProxyType',
        delay: 'u32',
      },
      remove_proxies: 'Null',
      create_pure: {
        proxyType: 'CityRuntimeConfigsAccountsProxyType',
        delay: 'u32',
        index: 'u16',
      },
      kill_pure: {
        spawner: 'MultiAddress',
        proxyType: 'CityRuntimeConfigsAccountsProxyType',
        index: 'u16',
        height: 'Compact<u32>',
        extIndex: 'Compact<u32>',
      },
      announce: {
        real: 'MultiAddress',
        callHash: 'H256',
      },
      remove_announcement: {
        real: 'MultiAddress',
        callHash: 'H256',
      },
      reject_announcement: {
        delegate: 'MultiAddress',
        callHash: 'H256',
      },
      proxy_announced: {
        delegate: 'MultiAddress',
        real: 'MultiAddress',
        forceProxyType: 'Option<CityRuntimeConfigsAccountsProxyType>',
        call: 'Call',
      },
      poke_deposit: 'Null'
    }
  },
  /**
   * Lookup123: city_runtime::configs::accounts::ProxyType
   **/
  CityRuntimeConfigsAccountsProxyType: {
    _enum: ['Any', 'NonTransfer', 'Governance', 'CityServices', 'IdentityClerk']
  },
  /**
   * Lookup124: frame_system::extensions::authorize_call::AuthorizeCall<T>
   **/
  FrameSystemExtensionsAuthorizeCall: 'Null',
  /**
   * Lookup125: frame_system::extensions::check_non_zero_sender::CheckNonZeroSender<T>
   **/
  FrameSystemExtensionsCheckNonZeroSender: 'Null',
  /**
   * Lookup126: frame_system::extensions::check_spec_version::CheckSpecVersion<T>
   **/
  FrameSystemExtensionsCheckSpecVersion: 'Null',
  /**
   * Lookup127: frame_system::extensions::check_tx_version::CheckTxVersion<T>
   **/
  FrameSystemExtensionsCheckTxVersion: 'Null',
  /**
   * Lookup128: frame_system::extensions::check_genesis::CheckGenesis<T>
   **/
  FrameSystemExtensionsCheckGenesis: 'Null',
  /**
   * Lookup131: frame_system::extensions::check_nonce::CheckNonce<T>
   **/
  FrameSystemExtensionsCheckNonce: 'Compact<u32>',
  /**
   * Lookup132: frame_system::extensions::check_weight::CheckWeight<T>
   **/
  FrameSystemExtensionsCheckWeight: 'Null',
  /**
   * Lookup133: pallet_transaction_payment::ChargeTransactionPayment<T>
   **/
  PalletTransactionPaymentChargeTransactionPayment: 'Compact<u128>',
  /**
   * Lookup134: city_runtime::extensions::resident_vote::CheckResidentVote
   **/
  CityRuntimeExtensionsResidentVoteCheckResidentVote: 'Null',
  /**
   * Lookup135: frame_metadata_hash_extension::CheckMetadataHash<T>
   **/
  FrameMetadataHashExtensionCheckMetadataHash: {
    mode: 'FrameMetadataHashExtensionMode'
  },
  /**
   * Lookup136: frame_metadata_hash_extension::Mode
   **/
  FrameMetadataHashExtensionMode: {
    _enum: ['Disabled', 'Enabled']
  },
  /**
   * Lookup138: frame_system::extensions::weight_reclaim::WeightReclaim<T>
   **/
  FrameSystemExtensionsWeightReclaim: 'Null',
  /**
   * Lookup140: frame_system::AccountInfo<Nonce, pallet_balances::types::AccountData<Balance>>
   **/
  FrameSystemAccountInfo: {
    nonce: 'u32',
    consumers: 'u32',
    providers: 'u32',
    sufficients: 'u32',
    data: 'PalletBalancesAccountData'
  },
  /**
   * Lookup141: pallet_balances::types::AccountData<Balance>
   **/
  PalletBalancesAccountData: {
    free: 'u128',
    reserved: 'u128',
    frozen: 'u128',
    flags: 'u128'
  },
  /**
   * Lookup143: frame_support::dispatch::PerDispatchClass<sp_weights::weight_v2::Weight>
   **/
  FrameSupportDispatchPerDispatchClassWeight: {
    normal: 'SpWeightsWeightV2Weight',
    operational: 'SpWeightsWeightV2Weight',
    mandatory: 'SpWeightsWeightV2Weight'
  },
  /**
   * Lookup144: sp_runtime::generic::digest::Digest
   **/
  SpRuntimeDigest: {
    logs: 'Vec<SpRuntimeDigestDigestItem>'
  },
  /**
   * Lookup146: sp_runtime::generic::digest::DigestItem
   **/
  SpRuntimeDigestDigestItem: {
    _enum: {
      Other: 'Bytes',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      Consensus: '([u8;4],Bytes)',
      Seal: '([u8;4],Bytes)',
      PreRuntime: '([u8;4],Bytes)',
      __Unused7: 'Null',
      RuntimeEnvironmentUpdated: 'Null'
    }
  },
  /**
   * Lookup149: frame_system::EventRecord<city_runtime::RuntimeEvent, primitive_types::H256>
   **/
  FrameSystemEventRecord: {
    phase: 'FrameSystemPhase',
    event: 'Event',
    topics: 'Vec<H256>'
  },
  /**
   * Lookup151: frame_system::pallet::Event<T>
   **/
  FrameSystemEvent: {
    _enum: {
      ExtrinsicSuccess: {
        dispatchInfo: 'FrameSystemDispatchEventInfo',
      },
      ExtrinsicFailed: {
        dispatchError: 'SpRuntimeDispatchError',
        dispatchInfo: 'FrameSystemDispatchEventInfo',
      },
      CodeUpdated: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      NewAccount: {
        account: 'AccountId32',
      },
      KilledAccount: {
        account: 'AccountId32',
      },
      Remarked: {
        _alias: {
          hash_: 'hash',
        },
        sender: 'AccountId32',
        hash_: 'H256',
      },
      UpgradeAuthorized: {
        codeHash: 'H256',
        checkVersion: 'bool',
      },
      RejectedInvalidAuthorizedUpgrade: {
        codeHash: 'H256',
        error: 'SpRuntimeDispatchError'
      }
    }
  },
  /**
   * Lookup152: frame_system::DispatchEventInfo
   **/
  FrameSystemDispatchEventInfo: {
    weight: 'SpWeightsWeightV2Weight',
    class: 'FrameSupportDispatchDispatchClass',
    paysFee: 'FrameSupportDispatchPays'
  },
  /**
   * Lookup153: frame_support::dispatch::DispatchClass
   **/
  FrameSupportDispatchDispatchClass: {
    _enum: ['Normal', 'Operational', 'Mandatory']
  },
  /**
   * Lookup154: frame_support::dispatch::Pays
   **/
  FrameSupportDispatchPays: {
    _enum: ['Yes', 'No']
  },
  /**
   * Lookup155: sp_runtime::DispatchError
   **/
  SpRuntimeDispatchError: {
    _enum: {
      Other: 'Null',
      CannotLookup: 'Null',
      BadOrigin: 'Null',
      Module: 'SpRuntimeModuleError',
      ConsumerRemaining: 'Null',
      NoProviders: 'Null',
      TooManyConsumers: 'Null',
      Token: 'SpRuntimeTokenError',
      Arithmetic: 'SpArithmeticArithmeticError',
      Transactional: 'SpRuntimeTransactionalError',
      Exhausted: 'Null',
      Corruption: 'Null',
      Unavailable: 'Null',
      RootNotAllowed: 'Null',
      Trie: 'SpRuntimeProvingTrieTrieError'
    }
  },
  /**
   * Lookup156: sp_runtime::ModuleError
   **/
  SpRuntimeModuleError: {
    index: 'u8',
    error: '[u8;4]'
  },
  /**
   * Lookup157: sp_runtime::TokenError
   **/
  SpRuntimeTokenError: {
    _enum: ['FundsUnavailable', 'OnlyProvider', 'BelowMinimum', 'CannotCreate', 'UnknownAsset', 'Frozen', 'Unsupported', 'CannotCreateHold', 'NotExpendable', 'Blocked']
  },
  /**
   * Lookup158: sp_arithmetic::ArithmeticError
   **/
  SpArithmeticArithmeticError: {
    _enum: ['Underflow', 'Overflow', 'DivisionByZero']
  },
  /**
   * Lookup159: sp_runtime::TransactionalError
   **/
  SpRuntimeTransactionalError: {
    _enum: ['LimitReached', 'NoLayer']
  },
  /**
   * Lookup160: sp_runtime::proving_trie::TrieError
   **/
  SpRuntimeProvingTrieTrieError: {
    _enum: ['InvalidStateRoot', 'IncompleteDatabase', 'ValueAtIncompleteKey', 'DecoderError', 'InvalidHash', 'DuplicateKey', 'ExtraneousNode', 'ExtraneousValue', 'ExtraneousHashReference', 'InvalidChildReference', 'ValueMismatch', 'IncompleteProof', 'RootMismatch', 'DecodeError']
  },
  /**
   * Lookup161: pallet_grandpa::pallet::Event
   **/
  PalletGrandpaEvent: {
    _enum: {
      NewAuthorities: {
        authoritySet: 'Vec<(SpConsensusGrandpaAppPublic,u64)>',
      },
      Paused: 'Null',
      Resumed: 'Null'
    }
  },
  /**
   * Lookup164: pallet_balances::pallet::Event<T, I>
   **/
  PalletBalancesEvent: {
    _enum: {
      Endowed: {
        account: 'AccountId32',
        freeBalance: 'u128',
      },
      DustLost: {
        account: 'AccountId32',
        amount: 'u128',
      },
      Transfer: {
        from: 'AccountId32',
        to: 'AccountId32',
        amount: 'u128',
      },
      BalanceSet: {
        who: 'AccountId32',
        free: 'u128',
      },
      Reserved: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Unreserved: {
        who: 'AccountId32',
        amount: 'u128',
      },
      ReserveRepatriated: {
        from: 'AccountId32',
        to: 'AccountId32',
        amount: 'u128',
        destinationStatus: 'FrameSupportTokensMiscBalanceStatus',
      },
      Deposit: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Withdraw: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Slashed: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Minted: {
        who: 'AccountId32',
        amount: 'u128',
      },
      MintedCredit: {
        amount: 'u128',
      },
      Burned: {
        who: 'AccountId32',
        amount: 'u128',
      },
      BurnedDebt: {
        amount: 'u128',
      },
      Suspended: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Restored: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Upgraded: {
        who: 'AccountId32',
      },
      Issued: {
        amount: 'u128',
      },
      Rescinded: {
        amount: 'u128',
      },
      Locked: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Unlocked: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Frozen: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Thawed: {
        who: 'AccountId32',
        amount: 'u128',
      },
      TotalIssuanceForced: {
        _alias: {
          new_: 'new',
        },
        old: 'u128',
        new_: 'u128',
      },
      Held: {
        reason: 'CityRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      BurnedHeld: {
        reason: 'CityRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      TransferOnHold: {
        reason: 'CityRuntimeRuntimeHoldReason',
        source: 'AccountId32',
        dest: 'AccountId32',
        amount: 'u128',
      },
      TransferAndHold: {
        reason: 'CityRuntimeRuntimeHoldReason',
        source: 'AccountId32',
        dest: 'AccountId32',
        transferred: 'u128',
      },
      Released: {
        reason: 'CityRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      Unexpected: 'PalletBalancesUnexpectedKind'
    }
  },
  /**
   * Lookup165: frame_support::traits::tokens::misc::BalanceStatus
   **/
  FrameSupportTokensMiscBalanceStatus: {
    _enum: ['Free', 'Reserved']
  },
  /**
   * Lookup166: city_runtime::RuntimeHoldReason
   **/
  CityRuntimeRuntimeHoldReason: {
    _enum: {
      __Unused0: 'Null',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      __Unused4: 'Null',
      __Unused5: 'Null',
      __Unused6: 'Null',
      __Unused7: 'Null',
      Session: 'PalletSessionHoldReason',
      __Unused9: 'Null',
      Preimage: 'PalletPreimageHoldReason',
      __Unused11: 'Null',
      Council: 'PalletCollectiveHoldReason',
      __Unused13: 'Null',
      TechnicalCommittee: 'PalletCollectiveHoldReason',
      __Unused15: 'Null',
      __Unused16: 'Null',
      __Unused17: 'Null',
      __Unused18: 'Null',
      __Unused19: 'Null',
      __Unused20: 'Null',
      __Unused21: 'Null',
      Bonds: 'PalletBondsHoldReason',
      __Unused23: 'Null',
      VehicleRegistry: 'PalletVehicleRegistryHoldReason',
      IotAnchors: 'PalletIotAnchorsHoldReason'
    }
  },
  /**
   * Lookup167: pallet_session::pallet::HoldReason
   **/
  PalletSessionHoldReason: {
    _enum: ['Keys']
  },
  /**
   * Lookup168: pallet_preimage::pallet::HoldReason
   **/
  PalletPreimageHoldReason: {
    _enum: ['Preimage']
  },
  /**
   * Lookup169: pallet_collective::pallet::HoldReason<I>
   **/
  PalletCollectiveHoldReason: {
    _enum: ['ProposalSubmission']
  },
  /**
   * Lookup171: pallet_bonds::pallet::HoldReason
   **/
  PalletBondsHoldReason: {
    _enum: ['HoldingDeposit']
  },
  /**
   * Lookup172: pallet_vehicle_registry::pallet::HoldReason
   **/
  PalletVehicleRegistryHoldReason: {
    _enum: ['VehicleDeposit']
  },
  /**
   * Lookup173: pallet_iot_anchors::pallet::HoldReason
   **/
  PalletIotAnchorsHoldReason: {
    _enum: ['DeviceDeposit']
  },
  /**
   * Lookup174: pallet_balances::pallet::UnexpectedKind
   **/
  PalletBalancesUnexpectedKind: {
    _enum: ['BalanceUpdated', 'FailedToMutateAccount']
  },
  /**
   * Lookup175: pallet_transaction_payment::pallet::Event<T>
   **/
  PalletTransactionPaymentEvent: {
    _enum: {
      TransactionFeePaid: {
        who: 'AccountId32',
        actualFee: 'u128',
        tip: 'u128'
      }
    }
  },
  /**
   * Lookup176: pallet_validator_set::pallet::Event<T>
   **/
  PalletValidatorSetEvent: {
    _enum: {
      ValidatorAdded: {
        validator: 'AccountId32',
      },
      ValidatorRemoved: {
        validator: 'AccountId32',
      },
      ValidatorSetQueued: {
        session: 'u32',
        validators: 'Vec<AccountId32>',
      },
      KeysPurged: {
        who: 'AccountId32',
      },
      RewardSet: {
        reward: 'u128',
      },
      OfflineThresholdSet: {
        sessions: 'u32',
      },
      ValidatorRewarded: {
        session: 'u32',
        validator: 'AccountId32',
        blocks: 'u32',
        amount: 'u128',
      },
      RewardNotPaid: {
        session: 'u32',
        validator: 'AccountId32',
        error: 'SpRuntimeDispatchError',
      },
      ValidatorOffline: {
        session: 'u32',
        validator: 'AccountId32',
        sessions: 'u32'
      }
    }
  },
  /**
   * Lookup177: pallet_session::pallet::Event<T>
   **/
  PalletSessionEvent: {
    _enum: {
      NewSession: {
        sessionIndex: 'u32',
      },
      NewQueued: 'Null',
      ValidatorDisabled: {
        validator: 'AccountId32',
      },
      ValidatorReenabled: {
        validator: 'AccountId32'
      }
    }
  },
  /**
   * Lookup178: pallet_preimage::pallet::Event<T>
   **/
  PalletPreimageEvent: {
    _enum: {
      Noted: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      Requested: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      Cleared: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256'
      }
    }
  },
  /**
   * Lookup179: pallet_scheduler::pallet::Event<T>
   **/
  PalletSchedulerEvent: {
    _enum: {
      Scheduled: {
        when: 'u32',
        index: 'u32',
      },
      Canceled: {
        when: 'u32',
        index: 'u32',
      },
      Dispatched: {
        task: '(u32,u32)',
        id: 'Option<[u8;32]>',
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      RetrySet: {
        task: '(u32,u32)',
        id: 'Option<[u8;32]>',
        period: 'u32',
        retries: 'u8',
      },
      RetryCancelled: {
        task: '(u32,u32)',
        id: 'Option<[u8;32]>',
      },
      CallUnavailable: {
        task: '(u32,u32)',
        id: 'Option<[u8;32]>',
      },
      PeriodicFailed: {
        task: '(u32,u32)',
        id: 'Option<[u8;32]>',
      },
      RetryFailed: {
        task: '(u32,u32)',
        id: 'Option<[u8;32]>',
      },
      PermanentlyOverweight: {
        task: '(u32,u32)',
        id: 'Option<[u8;32]>',
      },
      AgendaIncomplete: {
        when: 'u32'
      }
    }
  },
  /**
   * Lookup181: pallet_collective::pallet::Event<T, I>
   **/
  PalletCollectiveEvent: {
    _enum: {
      Proposed: {
        account: 'AccountId32',
        proposalIndex: 'u32',
        proposalHash: 'H256',
        threshold: 'u32',
      },
      Voted: {
        account: 'AccountId32',
        proposalHash: 'H256',
        voted: 'bool',
        yes: 'u32',
        no: 'u32',
      },
      Approved: {
        proposalHash: 'H256',
      },
      Disapproved: {
        proposalHash: 'H256',
      },
      Executed: {
        proposalHash: 'H256',
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      MemberExecuted: {
        proposalHash: 'H256',
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      Closed: {
        proposalHash: 'H256',
        yes: 'u32',
        no: 'u32',
      },
      Killed: {
        proposalHash: 'H256',
      },
      ProposalCostBurned: {
        proposalHash: 'H256',
        who: 'AccountId32',
      },
      ProposalCostReleased: {
        proposalHash: 'H256',
        who: 'AccountId32'
      }
    }
  },
  /**
   * Lookup182: pallet_membership::pallet::Event<T, I>
   **/
  PalletMembershipEvent: {
    _enum: ['MemberAdded', 'MemberRemoved', 'MembersSwapped', 'MembersReset', 'KeyChanged', 'Dummy']
  },
  /**
   * Lookup185: pallet_democracy::pallet::Event<T>
   **/
  PalletDemocracyEvent: {
    _enum: {
      Proposed: {
        proposalIndex: 'u32',
        deposit: 'u128',
      },
      Tabled: {
        proposalIndex: 'u32',
        deposit: 'u128',
      },
      ExternalTabled: 'Null',
      Started: {
        refIndex: 'u32',
        threshold: 'PalletDemocracyVoteThreshold',
      },
      Passed: {
        refIndex: 'u32',
      },
      NotPassed: {
        refIndex: 'u32',
      },
      Cancelled: {
        refIndex: 'u32',
      },
      Delegated: {
        who: 'AccountId32',
        target: 'AccountId32',
      },
      Undelegated: {
        account: 'AccountId32',
      },
      Vetoed: {
        who: 'AccountId32',
        proposalHash: 'H256',
        until: 'u32',
      },
      Blacklisted: {
        proposalHash: 'H256',
      },
      Voted: {
        voter: 'AccountId32',
        refIndex: 'u32',
        vote: 'PalletDemocracyVoteAccountVote',
      },
      Seconded: {
        seconder: 'AccountId32',
        propIndex: 'u32',
      },
      ProposalCanceled: {
        propIndex: 'u32',
      },
      MetadataSet: {
        _alias: {
          hash_: 'hash',
        },
        owner: 'PalletDemocracyMetadataOwner',
        hash_: 'H256',
      },
      MetadataCleared: {
        _alias: {
          hash_: 'hash',
        },
        owner: 'PalletDemocracyMetadataOwner',
        hash_: 'H256',
      },
      MetadataTransferred: {
        _alias: {
          hash_: 'hash',
        },
        prevOwner: 'PalletDemocracyMetadataOwner',
        owner: 'PalletDemocracyMetadataOwner',
        hash_: 'H256'
      }
    }
  },
  /**
   * Lookup186: pallet_democracy::vote_threshold::VoteThreshold
   **/
  PalletDemocracyVoteThreshold: {
    _enum: ['SuperMajorityApprove', 'SuperMajorityAgainst', 'SimpleMajority']
  },
  /**
   * Lookup187: pallet_citycoin::pallet::Event<T>
   **/
  PalletCitycoinEvent: {
    _enum: {
      Minted: {
        to: 'AccountId32',
        amount: 'u128',
        reference: 'H256',
        byRoot: 'bool',
      },
      Burned: {
        amount: 'u128',
        reference: 'H256',
        byRoot: 'bool',
      },
      MintCapSet: {
        cap: 'Perbill',
      },
      ServiceAdded: {
        id: 'u32',
        department: 'CityPrimitivesCredentialsDepartment',
        price: 'u128',
      },
      ServiceUpdated: {
        id: 'u32',
        price: 'u128',
        residentOnly: 'bool',
        active: 'bool',
      },
      TaxRateSet: {
        rate: 'Permill',
      },
      ServicePaid: {
        receipt: 'u64',
        payer: 'AccountId32',
        service: 'u32',
        price: 'u128',
        tax: 'u128',
        reference: 'H256',
      },
      EmployeeEnrolled: {
        who: 'AccountId32',
        department: 'CityPrimitivesCredentialsDepartment',
        role: 'u16',
        wage: 'u128',
      },
      WageSet: {
        who: 'AccountId32',
        wage: 'u128',
        fromPeriod: 'u32',
      },
      EmployeeDeparted: {
        who: 'AccountId32',
        arrears: 'u128',
      },
      EmployeeRemoved: {
        who: 'AccountId32',
      },
      WagePaid: {
        who: 'AccountId32',
        period: 'u32',
        amount: 'u128',
      },
      WageInArrears: {
        who: 'AccountId32',
        period: 'u32',
        arrears: 'u128',
      },
      PayrollCompleted: {
        period: 'u32',
        paid: 'u128',
        owed: 'u128',
      },
      TariffSet: {
        kind: 'CityPrimitivesMeteringMeterKind',
        price: 'Option<u128>',
      },
      Billed: {
        consumer: 'AccountId32',
        meter: 'H256',
        kind: 'CityPrimitivesMeteringMeterKind',
        units: 'u64',
        amount: 'u128',
        paid: 'bool',
      },
      BillSettled: {
        consumer: 'AccountId32',
        meter: 'H256',
        payer: 'AccountId32',
        amount: 'u128',
      },
      UsageCapSet: {
        kind: 'CityPrimitivesMeteringMeterKind',
        cap: 'Option<u64>',
      },
      BillHeld: {
        consumer: 'AccountId32',
        meter: 'H256',
        units: 'u64',
        amount: 'u128',
        cap: 'Option<u64>',
      },
      BillDisputed: {
        consumer: 'AccountId32',
        meter: 'H256',
        evidence: 'H256',
      },
      BillResolved: {
        consumer: 'AccountId32',
        meter: 'H256',
        amount: 'u128'
      }
    }
  },
  /**
   * Lookup188: pallet_reserve_fund::pallet::Event<T>
   **/
  PalletReserveFundEvent: {
    _enum: {
      Received: {
        inflow: 'CityPrimitivesTreasuryInflow',
        from: 'AccountId32',
        amount: 'u128',
        reference: 'H256',
      },
      Spent: {
        category: 'CityPrimitivesTreasurySpendCategory',
        to: 'AccountId32',
        amount: 'u128',
        reference: 'H256',
        byRoot: 'bool',
      },
      Paid: {
        category: 'CityPrimitivesTreasurySpendCategory',
        to: 'AccountId32',
        amount: 'u128',
        reference: 'H256',
      },
      ObligationPaid: {
        obligation: 'CityPrimitivesTreasuryObligation',
        category: 'CityPrimitivesTreasurySpendCategory',
        to: 'AccountId32',
        amount: 'u128',
        reference: 'H256',
      },
      ObligationReserved: {
        obligation: 'CityPrimitivesTreasuryObligation',
        amount: 'u128',
      },
      ObligationReleased: {
        obligation: 'CityPrimitivesTreasuryObligation',
        amount: 'u128',
      },
      BudgetSet: {
        category: 'CityPrimitivesTreasurySpendCategory',
        limit: 'u128',
        period: 'u32',
      },
      BudgetRemoved: {
        category: 'CityPrimitivesTreasurySpendCategory',
      },
      ReserveFloorSet: {
        floor: 'Permill',
      },
      ContractAwarded: {
        id: 'u32',
        contractor: 'AccountId32',
        total: 'u128',
      },
      MilestoneCertified: {
        id: 'u32',
        milestone: 'u32',
        inspector: 'AccountId32',
      },
      MilestoneDisputed: {
        id: 'u32',
        milestone: 'u32',
      },
      MilestonePaid: {
        id: 'u32',
        milestone: 'u32',
        amount: 'u128',
      },
      ContractCancelled: {
        id: 'u32',
        released: 'u128'
      }
    }
  },
  /**
   * Lookup189: city_primitives::treasury::Inflow
   **/
  CityPrimitivesTreasuryInflow: {
    _enum: {
      Fees: 'Null',
      ServicePayment: 'Null',
      Fine: 'Null',
      BondSubscription: 'Null',
      MeteredBill: 'Null',
      Donation: 'Null',
      Other: 'u16',
      Tax: 'Null'
    }
  },
  /**
   * Lookup190: city_primitives::treasury::Obligation
   **/
  CityPrimitivesTreasuryObligation: {
    _enum: ['BondCoupons', 'BondPrincipal', 'Contracts', 'Payroll']
  },
  /**
   * Lookup191: pallet_bonds::pallet::Event<T>
   **/
  PalletBondsEvent: {
    _enum: {
      DebtCeilingSet: {
        ceiling: 'u128',
      },
      SeriesIssued: {
        id: 'u32',
        units: 'u32',
        face: 'u128',
        byRoot: 'bool',
      },
      Subscribed: {
        id: 'u32',
        who: 'AccountId32',
        units: 'u32',
        paid: 'u128',
      },
      SeriesActivated: {
        id: 'u32',
        sold: 'u32',
      },
      SeriesCancelled: {
        id: 'u32',
        sold: 'u32',
      },
      Reclaimed: {
        id: 'u32',
        who: 'AccountId32',
        amount: 'u128',
      },
      Transferred: {
        id: 'u32',
        from: 'AccountId32',
        to: 'AccountId32',
        units: 'u32',
      },
      CouponsClaimed: {
        id: 'u32',
        who: 'AccountId32',
        amount: 'u128',
      },
      ArrearsStarted: {
        id: 'u32',
        period: 'u32',
      },
      ArrearsCleared: {
        id: 'u32',
      },
      Redeemed: {
        id: 'u32',
        who: 'AccountId32',
        units: 'u32',
        principal: 'u128',
      },
      SeriesCalled: {
        id: 'u32',
        at: 'u32',
        price: 'u128',
      },
      SeriesDefaulted: {
        id: 'u32',
        arrearsSince: 'u32',
      },
      SeriesClosed: {
        id: 'u32'
      }
    }
  },
  /**
   * Lookup192: pallet_identity_registry::pallet::Event<T>
   **/
  PalletIdentityRegistryEvent: {
    _enum: {
      IssuerRegistered: {
        issuer: 'u32',
        department: 'CityPrimitivesCredentialsDepartment',
      },
      IssuerUpdated: {
        issuer: 'u32',
      },
      IssuerRemoved: {
        issuer: 'u32',
      },
      IssuedCredentialsSuspended: {
        issuer: 'u32',
        suspended: 'u32',
        complete: 'bool',
      },
      CredentialIssued: {
        id: 'u64',
        subject: 'AccountId32',
        kind: 'CityPrimitivesCredentialsCredentialKind',
        issuedBy: 'PalletIdentityRegistryIssuedBy',
        expiresAt: 'Option<u32>',
      },
      CredentialSuspended: {
        id: 'u64',
        reason: 'PalletIdentityRegistrySuspensionReason',
      },
      CredentialReinstated: {
        id: 'u64',
      },
      CredentialRevoked: {
        id: 'u64',
        reason: 'PalletIdentityRegistryRevocationReason',
      },
      CredentialRenewed: {
        id: 'u64',
        expiresAt: 'Option<u32>',
      },
      CredentialErased: {
        id: 'u64'
      }
    }
  },
  /**
   * Lookup193: pallet_identity_registry::types::IssuedBy
   **/
  PalletIdentityRegistryIssuedBy: {
    _enum: {
      Council: 'Null',
      Issuer: 'u32'
    }
  },
  /**
   * Lookup194: pallet_vehicle_registry::pallet::Event<T>
   **/
  PalletVehicleRegistryEvent: {
    _enum: {
      Applied: {
        vehicle: 'u32',
        owner: 'AccountId32',
        vin: 'Bytes',
      },
      Registered: {
        vehicle: 'u32',
        plate: 'Bytes',
        until: 'u32',
        clerk: 'AccountId32',
      },
      Rejected: {
        vehicle: 'u32',
        clerk: 'AccountId32',
      },
      Renewed: {
        vehicle: 'u32',
        until: 'u32',
      },
      Deregistered: {
        vehicle: 'u32',
        reason: 'PalletVehicleRegistryDeregistrationReason',
      },
      Offered: {
        vehicle: 'u32',
        buyer: 'AccountId32',
        price: 'Option<u128>',
      },
      OfferWithdrawn: {
        vehicle: 'u32',
      },
      Transferred: {
        vehicle: 'u32',
        from: 'AccountId32',
        to: 'AccountId32',
        price: 'Option<u128>',
        tax: 'u128',
      },
      LienConsent: {
        vehicle: 'u32',
        lender: 'Option<AccountId32>',
      },
      LienRecorded: {
        vehicle: 'u32',
        lender: 'AccountId32',
        reference: 'H256',
      },
      LienReleased: {
        vehicle: 'u32',
        lender: 'AccountId32',
      },
      Inspected: {
        vehicle: 'u32',
        passed: 'bool',
        odometer: 'u32',
        report: 'H256',
      },
      OdometerFlagged: {
        vehicle: 'u32',
        recorded: 'u32',
        reported: 'u32',
        report: 'H256',
      },
      OdometerFlagCleared: {
        vehicle: 'u32',
      },
      ReportedStolen: {
        vehicle: 'u32',
        by: 'AccountId32',
      },
      ReportedRecovered: {
        vehicle: 'u32',
        by: 'AccountId32',
      },
      ZonePriceSet: {
        zone: 'u16',
        price: 'Option<u128>',
      },
      PermitBought: {
        vehicle: 'u32',
        zone: 'u16',
        from: 'u32',
        until: 'u32',
        paid: 'u128',
      },
      FineIssued: {
        fine: 'u64',
        vehicle: 'u32',
        amount: 'u128',
        offence: 'u16',
        evidence: 'H256',
        deadline: 'u32',
      },
      FinePaid: {
        fine: 'u64',
        by: 'AccountId32',
        amount: 'u128',
      },
      FineDisputed: {
        fine: 'u64',
        evidence: 'H256',
      },
      FineUpheld: {
        fine: 'u64',
        deadline: 'u32',
        adjudicator: 'AccountId32',
      },
      FineDismissed: {
        fine: 'u64',
        adjudicator: 'AccountId32',
      },
      Reimported: {
        vehicle: 'u32',
        owner: 'AccountId32'
      }
    }
  },
  /**
   * Lookup195: pallet_iot_anchors::pallet::Event<T>
   **/
  PalletIotAnchorsEvent: {
    _enum: {
      Registered: {
        device: 'H256',
        owner: 'AccountId32',
        kind: 'PalletIotAnchorsDeviceKind',
        key: 'PalletIotAnchorsDeviceKey',
      },
      Anchored: {
        device: 'H256',
        sequence: 'u64',
        root: 'H256',
        count: 'u32',
        timestamp: 'u64',
        summary: 'Option<PalletIotAnchorsSummary>',
        cumulative: 'Option<u64>',
      },
      Implausible: {
        device: 'H256',
        sequence: 'u64',
        summary: 'PalletIotAnchorsSummary',
        range: {
          min: 'i64',
          max: 'i64'
        },
      },
      MeterReported: {
        device: 'H256',
        consumer: 'AccountId32',
        units: 'u64',
      },
      Suspended: {
        device: 'H256',
      },
      Resumed: {
        device: 'H256',
      },
      Revoked: {
        device: 'H256',
      },
      KeyRotated: {
        device: 'H256',
        key: 'PalletIotAnchorsDeviceKey',
      },
      RelaySet: {
        device: 'H256',
        relay: 'Option<PalletIotAnchorsDeviceKey>',
      },
      TransferOffered: {
        device: 'H256',
        to: 'Option<AccountId32>',
      },
      Transferred: {
        device: 'H256',
        from: 'AccountId32',
        to: 'AccountId32',
      },
      PlausibleRangeSet: {
        kind: 'PalletIotAnchorsDeviceKind',
        range: 'Option<{"min":"i64","max":"i64"}>',
      },
      PolicySet: {
        kind: 'PalletIotAnchorsDeviceKind',
        policy: 'Option<PalletIotAnchorsDevicePolicy>',
      },
      SuspendedByCity: {
        device: 'H256',
      },
      ResumedByCity: {
        device: 'H256',
      },
      RevokedByCity: {
        device: 'H256',
      },
      ConsumerProposed: {
        device: 'H256',
        consumer: 'AccountId32',
      },
      ConsumerBound: {
        device: 'H256',
        consumer: 'AccountId32',
      },
      ConsumerUnbound: {
        device: 'H256',
      },
      MeterReset: {
        device: 'H256',
        previous: 'Option<u64>'
      }
    }
  },
  /**
   * Lookup196: pallet_utility::pallet::Event
   **/
  PalletUtilityEvent: {
    _enum: {
      BatchInterrupted: {
        index: 'u32',
        error: 'SpRuntimeDispatchError',
      },
      BatchCompleted: 'Null',
      BatchCompletedWithErrors: 'Null',
      ItemCompleted: 'Null',
      ItemFailed: {
        error: 'SpRuntimeDispatchError',
      },
      DispatchedAs: {
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      IfElseMainSuccess: 'Null',
      IfElseFallbackCalled: {
        mainError: 'SpRuntimeDispatchError'
      }
    }
  },
  /**
   * Lookup197: pallet_multisig::pallet::Event<T>
   **/
  PalletMultisigEvent: {
    _enum: {
      NewMultisig: {
        approving: 'AccountId32',
        multisig: 'AccountId32',
        callHash: '[u8;32]',
      },
      MultisigApproval: {
        approving: 'AccountId32',
        timepoint: 'PalletMultisigTimepoint',
        multisig: 'AccountId32',
        callHash: '[u8;32]',
      },
      MultisigExecuted: {
        approving: 'AccountId32',
        timepoint: 'PalletMultisigTimepoint',
        multisig: 'AccountId32',
        callHash: '[u8;32]',
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      MultisigCancelled: {
        cancelling: 'AccountId32',
        timepoint: 'PalletMultisigTimepoint',
        multisig: 'AccountId32',
        callHash: '[u8;32]',
      },
      DepositPoked: {
        who: 'AccountId32',
        callHash: '[u8;32]',
        oldDeposit: 'u128',
        newDeposit: 'u128'
      }
    }
  },
  /**
   * Lookup198: pallet_proxy::pallet::Event<T>
   **/
  PalletProxyEvent: {
    _enum: {
      ProxyExecuted: {
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      PureCreated: {
        pure: 'AccountId32',
        who: 'AccountId32',
        proxyType: 'CityRuntimeConfigsAccountsProxyType',
        disambiguationIndex: 'u16',
        at: 'u32',
        extrinsicIndex: 'u32',
      },
      PureKilled: {
        pure: 'AccountId32',
        spawner: 'AccountId32',
        proxyType: 'CityRuntimeConfigsAccountsProxyType',
        disambiguationIndex: 'u16',
      },
      Announced: {
        real: 'AccountId32',
        proxy: 'AccountId32',
        callHash: 'H256',
      },
      ProxyAdded: {
        delegator: 'AccountId32',
        delegatee: 'AccountId32',
        proxyType: 'CityRuntimeConfigsAccountsProxyType',
        delay: 'u32',
      },
      ProxyRemoved: {
        delegator: 'AccountId32',
        delegatee: 'AccountId32',
        proxyType: 'CityRuntimeConfigsAccountsProxyType',
        delay: 'u32',
      },
      DepositPoked: {
        who: 'AccountId32',
        kind: 'PalletProxyDepositKind',
        oldDeposit: 'u128',
        newDeposit: 'u128'
      }
    }
  },
  /**
   * Lookup199: pallet_proxy::DepositKind
   **/
  PalletProxyDepositKind: {
    _enum: ['Proxies', 'Announcements']
  },
  /**
   * Lookup200: frame_system::Phase
   **/
  FrameSystemPhase: {
    _enum: {
      ApplyExtrinsic: 'u32',
      Finalization: 'Null',
      Initialization: 'Null'
    }
  },
  /**
   * Lookup202: frame_system::LastRuntimeUpgradeInfo
   **/
  FrameSystemLastRuntimeUpgradeInfo: {
    specVersion: 'Compact<u32>',
    specName: 'Text'
  },
  /**
   * Lookup205: frame_system::CodeUpgradeAuthorization<T>
   **/
  FrameSystemCodeUpgradeAuthorization: {
    codeHash: 'H256',
    checkVersion: 'bool'
  },
  /**
   * Lookup206: frame_system::limits::BlockWeights
   **/
  FrameSystemLimitsBlockWeights: {
    baseBlock: 'SpWeightsWeightV2Weight',
    maxBlock: 'SpWeightsWeightV2Weight',
    perClass: 'FrameSupportDispatchPerDispatchClassWeightsPerClass'
  },
  /**
   * Lookup207: frame_support::dispatch::PerDispatchClass<frame_system::limits::WeightsPerClass>
   **/
  FrameSupportDispatchPerDispatchClassWeightsPerClass: {
    normal: 'FrameSystemLimitsWeightsPerClass',
    operational: 'FrameSystemLimitsWeightsPerClass',
    mandatory: 'FrameSystemLimitsWeightsPerClass'
  },
  /**
   * Lookup208: frame_system::limits::WeightsPerClass
   **/
  FrameSystemLimitsWeightsPerClass: {
    baseExtrinsic: 'SpWeightsWeightV2Weight',
    maxExtrinsic: 'Option<SpWeightsWeightV2Weight>',
    maxTotal: 'Option<SpWeightsWeightV2Weight>',
    reserved: 'Option<SpWeightsWeightV2Weight>'
  },
  /**
   * Lookup210: frame_system::limits::BlockLength
   **/
  FrameSystemLimitsBlockLength: {
    max: 'FrameSupportDispatchPerDispatchClassU32',
    maxHeaderSize: 'Option<u32>'
  },
  /**
   * Lookup211: frame_support::dispatch::PerDispatchClass<T>
   **/
  FrameSupportDispatchPerDispatchClassU32: {
    normal: 'u32',
    operational: 'u32',
    mandatory: 'u32'
  },
  /**
   * Lookup212: sp_weights::RuntimeDbWeight
   **/
  SpWeightsRuntimeDbWeight: {
    read: 'u64',
    write: 'u64'
  },
  /**
   * Lookup213: sp_version::RuntimeVersion
   **/
  SpVersionRuntimeVersion: {
    specName: 'Text',
    implName: 'Text',
    authoringVersion: 'u32',
    specVersion: 'u32',
    implVersion: 'u32',
    apis: 'Vec<([u8;8],u32)>',
    transactionVersion: 'u32',
    systemVersion: 'u8'
  },
  /**
   * Lookup218: frame_system::pallet::Error<T>
   **/
  FrameSystemError: {
    _enum: ['InvalidSpecName', 'SpecVersionNeedsToIncrease', 'FailedToExtractRuntimeVersion', 'NonDefaultComposite', 'NonZeroRefCount', 'CallFiltered', 'MultiBlockMigrationsOngoing', 'NothingAuthorized', 'Unauthorized']
  },
  /**
   * Lookup222: pallet_grandpa::StoredState<N>
   **/
  PalletGrandpaStoredState: {
    _enum: {
      Live: 'Null',
      PendingPause: {
        scheduledAt: 'u32',
        delay: 'u32',
      },
      Paused: 'Null',
      PendingResume: {
        scheduledAt: 'u32',
        delay: 'u32'
      }
    }
  },
  /**
   * Lookup223: pallet_grandpa::StoredPendingChange<N, Limit>
   **/
  PalletGrandpaStoredPendingChange: {
    scheduledAt: 'u32',
    delay: 'u32',
    nextAuthorities: 'Vec<(SpConsensusGrandpaAppPublic,u64)>',
    forced: 'Option<u32>'
  },
  /**
   * Lookup225: pallet_grandpa::pallet::Error<T>
   **/
  PalletGrandpaError: {
    _enum: ['PauseFailed', 'ResumeFailed', 'ChangePending', 'TooSoon', 'InvalidKeyOwnershipProof', 'InvalidEquivocationProof', 'DuplicateOffenceReport']
  },
  /**
   * Lookup227: pallet_balances::types::BalanceLock<Balance>
   **/
  PalletBalancesBalanceLock: {
    id: '[u8;8]',
    amount: 'u128',
    reasons: 'PalletBalancesReasons'
  },
  /**
   * Lookup228: pallet_balances::types::Reasons
   **/
  PalletBalancesReasons: {
    _enum: ['Fee', 'Misc', 'All']
  },
  /**
   * Lookup231: pallet_balances::types::ReserveData<ReserveIdentifier, Balance>
   **/
  PalletBalancesReserveData: {
    id: '[u8;8]',
    amount: 'u128'
  },
  /**
   * Lookup234: frame_support::traits::tokens::misc::IdAmount<city_runtime::RuntimeHoldReason, Balance>
   **/
  FrameSupportTokensMiscIdAmountRuntimeHoldReason: {
    id: 'CityRuntimeRuntimeHoldReason',
    amount: 'u128'
  },
  /**
   * Lookup237: frame_support::traits::tokens::misc::IdAmount<city_runtime::RuntimeFreezeReason, Balance>
   **/
  FrameSupportTokensMiscIdAmountRuntimeFreezeReason: {
    id: 'CityRuntimeRuntimeFreezeReason',
    amount: 'u128'
  },
  /**
   * Lookup238: city_runtime::RuntimeFreezeReason
   **/
  CityRuntimeRuntimeFreezeReason: 'Null',
  /**
   * Lookup240: pallet_balances::pallet::Error<T, I>
   **/
  PalletBalancesError: {
    _enum: ['VestingBalance', 'LiquidityRestrictions', 'InsufficientBalance', 'ExistentialDeposit', 'Expendability', 'ExistingVestingSchedule', 'DeadAccount', 'TooManyReserves', 'TooManyHolds', 'TooManyFreezes', 'IssuanceDeactivated', 'DeltaZero']
  },
  /**
   * Lookup242: pallet_transaction_payment::Releases
   **/
  PalletTransactionPaymentReleases: {
    _enum: ['V1Ancient', 'V2']
  },
  /**
   * Lookup243: frame_support::traits::storage::NoDrop<frame_support::traits::tokens::fungible::imbalance::Imbalance<B, OnDrop, OppositeOnDrop>>
   **/
  FrameSupportStorageNoDrop: 'FrameSupportTokensFungibleImbalance',
  /**
   * Lookup244: frame_support::traits::tokens::fungible::imbalance::Imbalance<B, OnDrop, OppositeOnDrop>
   **/
  FrameSupportTokensFungibleImbalance: {
    amount: 'u128'
  },
  /**
   * Lookup246: pallet_validator_set::pallet::Error<T>
   **/
  PalletValidatorSetError: {
    _enum: ['AlreadyValidator', 'NotValidator', 'NoSessionKeys', 'TooManyValidators', 'TooFewValidators', 'ZeroOfflineThreshold', 'StillValidating']
  },
  /**
   * Lookup253: sp_core::crypto::KeyTypeId
   **/
  SpCoreCryptoKeyTypeId: '[u8;4]',
  /**
   * Lookup254: pallet_session::pallet::Error<T>
   **/
  PalletSessionError: {
    _enum: ['InvalidProof', 'NoAssociatedValidatorId', 'DuplicatedKey', 'NoKeys', 'NoAccount']
  },
  /**
   * Lookup255: pallet_preimage::OldRequestStatus<sp_core::crypto::AccountId32, Balance>
   **/
  PalletPreimageOldRequestStatus: {
    _enum: {
      Unrequested: {
        deposit: '(AccountId32,u128)',
        len: 'u32',
      },
      Requested: {
        deposit: 'Option<(AccountId32,u128)>',
        count: 'u32',
        len: 'Option<u32>'
      }
    }
  },
  /**
   * Lookup258: pallet_preimage::RequestStatus<sp_core::crypto::AccountId32, frame_support::traits::tokens::fungible::HoldConsideration<A, F, R, D, Fp>>
   **/
  PalletPreimageRequestStatus: {
    _enum: {
      Unrequested: {
        ticket: '(AccountId32,u128)',
        len: 'u32',
      },
      Requested: {
        maybeTicket: 'Option<(AccountId32,u128)>',
        count: 'u32',
        maybeLen: 'Option<u32>'
      }
    }
  },
  /**
   * Lookup264: pallet_preimage::pallet::Error<T>
   **/
  PalletPreimageError: {
    _enum: ['TooBig', 'AlreadyNoted', 'NotAuthorized', 'NotNoted', 'Requested', 'NotRequested', 'TooMany', 'TooFew']
  },
  /**
   * Lookup267: pallet_scheduler::Scheduled<Name, frame_support::traits::preimages::Bounded<city_runtime::RuntimeCall, sp_runtime::traits::BlakeTwo256>, BlockNumber, city_runtime::OriginCaller, sp_core::crypto::AccountId32>
   **/
  PalletSchedulerScheduled: {
    maybeId: 'Option<[u8;32]>',
    priority: 'u8',
    call: 'FrameSupportPreimagesBounded',
    maybePeriodic: 'Option<(u32,u32)>',
    origin: 'CityRuntimeOriginCaller'
  },
  /**
   * Lookup269: pallet_scheduler::RetryConfig<Period>
   **/
  PalletSchedulerRetryConfig: {
    totalRetries: 'u8',
    remaining: 'u8',
    period: 'u32'
  },
  /**
   * Lookup270: pallet_scheduler::pallet::Error<T>
   **/
  PalletSchedulerError: {
    _enum: ['FailedToSchedule', 'NotFound', 'TargetBlockNumberInPast', 'RescheduleNoChange', 'Named']
  },
  /**
   * Lookup273: pallet_collective::Votes<sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletCollectiveVotes: {
    index: 'u32',
    threshold: 'u32',
    ayes: 'Vec<AccountId32>',
    nays: 'Vec<AccountId32>',
    end: 'u32'
  },
  /**
   * Lookup274: pallet_collective::pallet::Error<T, I>
   **/
  PalletCollectiveError: {
    _enum: ['NotMember', 'DuplicateProposal', 'ProposalMissing', 'WrongIndex', 'DuplicateVote', 'AlreadyInitialized', 'TooEarly', 'TooManyProposals', 'WrongProposalWeight', 'WrongProposalLength', 'PrimeAccountNotMember', 'ProposalActive']
  },
  /**
   * Lookup276: pallet_membership::pallet::Error<T, I>
   **/
  PalletMembershipError: {
    _enum: ['AlreadyMember', 'NotMember', 'TooManyMembers']
  },
  /**
   * Lookup284: pallet_democracy::types::ReferendumInfo<BlockNumber, frame_support::traits::preimages::Bounded<city_runtime::RuntimeCall, sp_runtime::traits::BlakeTwo256>, Balance>
   **/
  PalletDemocracyReferendumInfo: {
    _enum: {
      Ongoing: 'PalletDemocracyReferendumStatus',
      Finished: {
        approved: 'bool',
        end: 'u32'
      }
    }
  },
  /**
   * Lookup285: pallet_democracy::types::ReferendumStatus<BlockNumber, frame_support::traits::preimages::Bounded<city_runtime::RuntimeCall, sp_runtime::traits::BlakeTwo256>, Balance>
   **/
  PalletDemocracyReferendumStatus: {
    end: 'u32',
    proposal: 'FrameSupportPreimagesBounded',
    threshold: 'PalletDemocracyVoteThreshold',
    delay: 'u32',
    tally: 'PalletDemocracyTally'
  },
  /**
   * Lookup286: pallet_democracy::types::Tally<Balance>
   **/
  PalletDemocracyTally: {
    ayes: 'u128',
    nays: 'u128',
    turnout: 'u128'
  },
  /**
   * Lookup287: pallet_democracy::vote::Voting<Balance, sp_core::crypto::AccountId32, BlockNumber, MaxVotes>
   **/
  PalletDemocracyVoteVoting: {
    _enum: {
      Direct: {
        votes: 'Vec<(u32,PalletDemocracyVoteAccountVote)>',
        delegations: 'PalletDemocracyDelegations',
        prior: 'PalletDemocracyVotePriorLock',
      },
      Delegating: {
        balance: 'u128',
        target: 'AccountId32',
        conviction: 'PalletDemocracyConviction',
        delegations: 'PalletDemocracyDelegations',
        prior: 'PalletDemocracyVotePriorLock'
      }
    }
  },
  /**
   * Lookup291: pallet_democracy::types::Delegations<Balance>
   **/
  PalletDemocracyDelegations: {
    votes: 'u128',
    capital: 'u128'
  },
  /**
   * Lookup292: pallet_democracy::vote::PriorLock<BlockNumber, Balance>
   **/
  PalletDemocracyVotePriorLock: '(u32,u128)',
  /**
   * Lookup295: pallet_democracy::pallet::Error<T>
   **/
  PalletDemocracyError: {
    _enum: ['ValueLow', 'ProposalMissing', 'AlreadyCanceled', 'DuplicateProposal', 'ProposalBlacklisted', 'NotSimpleMajority', 'InvalidHash', 'NoProposal', 'AlreadyVetoed', 'ReferendumInvalid', 'NoneWaiting', 'NotVoter', 'NoPermission', 'AlreadyDelegating', 'InsufficientFunds', 'NotDelegating', 'VotesExist', 'InstantNotAllowed', 'Nonsense', 'WrongUpperBound', 'MaxVotesReached', 'TooMany', 'VotingPeriodLow', 'PreimageNotExist']
  },
  /**
   * Lookup296: pallet_governance_periods::types::GovernancePeriods<BlockNumber>
   **/
  PalletGovernancePeriodsGovernancePeriods: {
    launch: 'u32',
    voting: 'u32',
    fastTrackVoting: 'u32',
    minimumVoting: 'u32',
    enactment: 'u32',
    voteLocking: 'u32',
    cooloff: 'u32',
    councilMotion: 'u32',
    technicalMotion: 'u32'
  },
  /**
   * Lookup297: pallet_citycoin::types::IssuanceRecord<Balance>
   **/
  PalletCitycoinIssuanceRecord: {
    allowance: 'u128',
    councilMinted: 'u128',
    councilBurned: 'u128',
    rootMinted: 'u128',
    rootBurned: 'u128'
  },
  /**
   * Lookup299: pallet_citycoin::types::Receipt<sp_core::crypto::AccountId32, Balance, BlockNumber>
   **/
  PalletCitycoinReceipt: {
    payer: 'AccountId32',
    service: 'u32',
    price: 'u128',
    tax: 'u128',
    reference: 'H256',
    at: 'u32'
  },
  /**
   * Lookup300: pallet_citycoin::types::Employee<Balance>
   **/
  PalletCitycoinEmployee: {
    department: 'CityPrimitivesCredentialsDepartment',
    role: 'u16',
    wage: 'u128',
    pending: 'Option<PalletCitycoinPendingWage>',
    arrears: 'u128',
    settledThrough: 'u32',
    departed: 'bool'
  },
  /**
   * Lookup302: pallet_citycoin::types::PendingWage<Balance>
   **/
  PalletCitycoinPendingWage: {
    fromPeriod: 'u32',
    wage: 'u128'
  },
  /**
   * Lookup303: pallet_citycoin::types::PayrollRun<sp_core::crypto::AccountId32, Balance>
   **/
  PalletCitycoinPayrollRun: {
    period: 'u32',
    cursor: 'Option<AccountId32>',
    paid: 'u128',
    owed: 'u128'
  },
  /**
   * Lookup305: pallet_citycoin::types::OpenBill<Balance, BlockNumber>
   **/
  PalletCitycoinOpenBill: {
    kind: 'CityPrimitivesMeteringMeterKind',
    units: 'u64',
    amount: 'u128',
    since: 'u32',
    held: 'bool',
    disputed: 'Option<H256>'
  },
  /**
   * Lookup306: pallet_citycoin::pallet::Error<T>
   **/
  PalletCitycoinError: {
    _enum: ['ZeroAmount', 'AboveMintCap', 'InsufficientFreeFunds', 'ServiceNotFound', 'TooManyServices', 'ServiceInactive', 'NotAResident', 'PriceAboveLimit', 'NoEmployeeCredential', 'AlreadyEnrolled', 'TooManyEmployees', 'EmployeeNotFound', 'EmployeeDeparted', 'NoOpenBill', 'SelfDealing', 'AboveClerkWageCap', 'AlreadyDisputed', 'AboveBill']
  },
  /**
   * Lookup307: pallet_reserve_fund::types::Budget<Balance>
   **/
  PalletReserveFundBudget: {
    limit: 'u128',
    period: 'u32',
    spent: 'u128'
  },
  /**
   * Lookup308: pallet_reserve_fund::types::Contract<sp_core::crypto::AccountId32, Balance, BlockNumber, MaxMilestones>
   **/
  PalletReserveFundContract: {
    contractor: 'AccountId32',
    milestones: 'Vec<PalletReserveFundMilestone>',
    cancelled: 'bool'
  },
  /**
   * Lookup310: pallet_reserve_fund::types::Milestone<sp_core::crypto::AccountId32, Balance, BlockNumber>
   **/
  PalletReserveFundMilestone: {
    amount: 'u128',
    document: 'H256',
    state: 'PalletReserveFundMilestoneState'
  },
  /**
   * Lookup311: pallet_reserve_fund::types::MilestoneState<sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletReserveFundMilestoneState: {
    _enum: {
      Pending: 'Null',
      Certified: {
        at: 'u32',
        by: 'AccountId32',
      },
      Paid: {
        at: 'u32'
      }
    }
  },
  /**
   * Lookup313: frame_support::PalletId
   **/
  FrameSupportPalletId: '[u8;8]',
  /**
   * Lookup314: pallet_reserve_fund::pallet::Error<T>
   **/
  PalletReserveFundError: {
    _enum: ['ZeroAmount', 'AboveSpendCap', 'NoBudget', 'OverBudget', 'BelowReserveFloor', 'ObligatedFunds', 'TooManyBudgets', 'BudgetNotFound', 'InsufficientFreeFunds', 'ObligationExceeded', 'NoMilestones', 'ContractNotFound', 'ContractCancelled', 'MilestoneNotFound', 'NotPending', 'NotCertified', 'ChallengePeriodRunning', 'ChallengePeriodOver', 'InspectorIsContractor']
  },
  /**
   * Lookup315: pallet_bonds::types::Series<bounded_collections::bounded_vec::BoundedVec<T, S>, Balance, BlockNumber>
   **/
  PalletBondsSeries: {
    terms: 'PalletBondsTerms',
    state: 'PalletBondsSeriesState',
    sold: 'u32',
    soldToOthers: 'u32',
    outstanding: 'u32',
    fundedPeriods: 'u32',
    couponsPaid: 'u128',
    arrearsSince: 'Option<u32>',
    called: 'Option<(u32,u128)>',
    defaultedAt: 'Option<u32>'
  },
  /**
   * Lookup316: pallet_bonds::types::SeriesState
   **/
  PalletBondsSeriesState: {
    _enum: ['Subscription', 'Active', 'Cancelled', 'Closed']
  },
  /**
   * Lookup320: pallet_bonds::types::Holding<sp_core::crypto::AccountId32, Balance>
   **/
  PalletBondsHolding: {
    units: 'u32',
    settledThrough: 'u32',
    owed: 'u128',
    depositor: 'AccountId32',
    deposit: 'u128'
  },
  /**
   * Lookup321: pallet_bonds::pallet::Error<T>
   **/
  PalletBondsError: {
    _enum: ['InvalidTerms', 'TooManyPeriods', 'AboveDebtCeiling', 'BelowReserveFloor', 'SeriesNotFound', 'SubscriptionClosed', 'SubscriptionOpen', 'NotEnoughUnits', 'ZeroUnits', 'WrongState', 'NotEnoughHeld', 'RecipientNotResident', 'InArrears', 'NotMatured', 'NothingToClaim', 'CallBelowFace', 'InvalidCallDate', 'AlreadyCalled', 'NotInArrears', 'GracePeriodRunning', 'AlreadyDefaulted', 'CouponRateTooHigh', 'CallPremiumTooHigh']
  },
  /**
   * Lookup322: pallet_identity_registry::types::Issuer<sp_core::crypto::AccountId32, BlockNumber, MaxName, MaxAccounts, MaxKinds>
   **/
  PalletIdentityRegistryIssuer: {
    department: 'CityPrimitivesCredentialsDepartment',
    name: 'Bytes',
    accounts: 'Vec<AccountId32>',
    kinds: 'Vec<CityPrimitivesCredentialsCredentialKind>',
    removedAt: 'Option<u32>'
  },
  /**
   * Lookup323: pallet_identity_registry::types::Credential<sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletIdentityRegistryCredential: {
    subject: 'AccountId32',
    kind: 'CityPrimitivesCredentialsCredentialKind',
    issuedBy: 'PalletIdentityRegistryIssuedBy',
    commitment: 'Option<H256>',
    issuedAt: 'u32',
    expiresAt: 'Option<u32>',
    state: 'PalletIdentityRegistryCredentialState',
    erasedAt: 'Option<u32>'
  },
  /**
   * Lookup324: pallet_identity_registry::types::CredentialState<BlockNumber>
   **/
  PalletIdentityRegistryCredentialState: {
    _enum: {
      Active: 'Null',
      Suspended: {
        since: 'u32',
        reason: 'PalletIdentityRegistrySuspensionReason',
      },
      Revoked: {
        reason: 'PalletIdentityRegistryRevocationReason',
        at: 'u32'
      }
    }
  },
  /**
   * Lookup326: pallet_identity_registry::types::HeldCredential<BlockNumber>
   **/
  PalletIdentityRegistryHeldCredential: {
    id: 'u64',
    kind: 'CityPrimitivesCredentialsCredentialKind',
    issuedBy: 'PalletIdentityRegistryIssuedBy',
    expiresAt: 'Option<u32>',
    suspended: 'bool'
  },
  /**
   * Lookup330: pallet_identity_registry::pallet::Error<T>
   **/
  PalletIdentityRegistryError: {
    _enum: ['IssuerNotFound', 'IssuerRemoved', 'TooManyIssuers', 'AccountActsForAnotherIssuer', 'PrivilegedKind', 'KindNotAllowed', 'NotAnIssuer', 'CredentialNotFound', 'NotTheIssuer', 'NotTheSubject', 'TooManyCredentials', 'Revoked', 'AlreadySuspended', 'NotSuspended', 'Erased', 'ExpiryInThePast', 'ZeroLimit', 'TooManyFromIssuer', 'IssuerHasCredentials', 'IssuerNotRemoved', 'ReferendumRunning', 'ReasonReserved', 'Pruned']
  },
  /**
   * Lookup331: pallet_vehicle_registry::types::Vehicle<sp_core::crypto::AccountId32, Balance, BlockNumber, bounded_collections::bounded_vec::BoundedVec<T, S>, bounded_collections::bounded_vec::BoundedVec<T, S>>
   **/
  PalletVehicleRegistryVehicle: {
    vin: 'Bytes',
    make: 'Bytes',
    model: 'Bytes',
    year: 'u16',
    owner: 'AccountId32',
    status: 'PalletVehicleRegistryStatus',
    registrations: 'u32',
    plate: 'Option<Bytes>',
    registeredUntil: 'u32',
    odometer: 'u32',
    odometerFlagged: 'bool',
    stolen: 'bool',
    stolenByPolice: 'bool',
    lien: 'Option<PalletVehicleRegistryLien>',
    lienConsent: 'Option<AccountId32>',
    offer: 'Option<PalletVehicleRegistryOffer>',
    deposit: 'u128'
  },
  /**
   * Lookup332: pallet_vehicle_registry::types::Status
   **/
  PalletVehicleRegistryStatus: {
    _enum: {
      Pending: 'Null',
      Registered: 'Null',
      Deregistered: 'PalletVehicleRegistryDeregistrationReason'
    }
  },
  /**
   * Lookup335: pallet_vehicle_registry::types::Lien<sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletVehicleRegistryLien: {
    lender: 'AccountId32',
    reference: 'H256',
    since: 'u32'
  },
  /**
   * Lookup337: pallet_vehicle_registry::types::Offer<sp_core::crypto::AccountId32, Balance>
   **/
  PalletVehicleRegistryOffer: {
    buyer: 'AccountId32',
    price: 'Option<u128>'
  },
  /**
   * Lookup341: pallet_vehicle_registry::types::Inspection<sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletVehicleRegistryInspection: {
    inspector: 'AccountId32',
    passed: 'bool',
    odometer: 'u32',
    report: 'H256',
    at: 'u32',
    validUntil: 'Option<u32>'
  },
  /**
   * Lookup344: pallet_vehicle_registry::types::Permit<BlockNumber>
   **/
  PalletVehicleRegistryPermit: {
    zone: 'u16',
    from: 'u32',
    until: 'u32'
  },
  /**
   * Lookup346: pallet_vehicle_registry::types::Fine<sp_core::crypto::AccountId32, Balance, BlockNumber>
   **/
  PalletVehicleRegistryFine: {
    vehicle: 'u32',
    officer: 'AccountId32',
    amount: 'u128',
    offence: 'u16',
    evidence: 'H256',
    issuedAt: 'u32',
    deadline: 'u32',
    status: 'PalletVehicleRegistryFineStatus'
  },
  /**
   * Lookup347: pallet_vehicle_registry::types::FineStatus
   **/
  PalletVehicleRegistryFineStatus: {
    _enum: {
      Open: 'Null',
      Disputed: 'H256'
    }
  },
  /**
   * Lookup350: pallet_vehicle_registry::pallet::Error<T>
   **/
  PalletVehicleRegistryError: {
    _enum: ['InvalidVin', 'VinTaken', 'InvalidPlate', 'PlateTaken', 'PlateCoolingDown', 'InvalidYear', 'EmptyText', 'NotAResident', 'VehicleNotFound', 'NotOwner', 'WrongStatus', 'TooManyVehicles', 'ActiveLien', 'VehicleStolen', 'OverdueFine', 'RegistrationExpired', 'NoOffer', 'NotTheBuyer', 'PriceMismatch', 'OfferToSelf', 'LienExists', 'NoLienConsent', 'NoLien', 'NotFlagged', 'AlreadyStolen', 'NotStolen', 'ZoneNotFound', 'ZeroAmount', 'TooManyPermits', 'FineNotFound', 'TooManyFines', 'InvalidDeadline', 'DisputeWindowClosed', 'AlreadyDisputed', 'NotDisputed', 'FlaggedByPolice', 'UnpaidFines', 'VehicleDataMismatch', 'VinScrapped']
  },
  /**
   * Lookup351: pallet_iot_anchors::types::Device<sp_core::crypto::AccountId32, Balance, BlockNumber>
   **/
  PalletIotAnchorsDevice: {
    key: 'PalletIotAnchorsDeviceKey',
    owner: 'AccountId32',
    kind: 'PalletIotAnchorsDeviceKind',
    location: 'Bytes',
    status: 'PalletIotAnchorsDeviceStatus',
    deposit: 'u128',
    nextSequence: 'u64',
    lastAnchorAt: 'Option<u32>',
    lastTimestamp: 'u64',
    meterTotal: 'Option<u64>',
    offeredTo: 'Option<AccountId32>',
    binding: 'Option<PalletIotAnchorsBinding>',
    proposedConsumer: 'Option<AccountId32>',
    relay: 'Option<PalletIotAnchorsDeviceKey>'
  },
  /**
   * Lookup352: pallet_iot_anchors::types::DeviceStatus
   **/
  PalletIotAnchorsDeviceStatus: {
    _enum: ['Active', 'Suspended', 'SuspendedByCity', 'Revoked']
  },
  /**
   * Lookup354: pallet_iot_anchors::types::Binding<sp_core::crypto::AccountId32>
   **/
  PalletIotAnchorsBinding: {
    consumer: 'AccountId32',
    sinceSequence: 'u64'
  },
  /**
   * Lookup356: pallet_iot_anchors::types::AnchorRecord<BlockNumber>
   **/
  PalletIotAnchorsAnchorRecord: {
    root: 'H256',
    count: 'u32',
    timestamp: 'u64',
    at: 'u32',
    summary: 'Option<PalletIotAnchorsSummary>',
    cumulative: 'Option<u64>',
    readingsSignedBy: 'Option<PalletIotAnchorsDeviceKey>'
  },
  /**
   * Lookup359: pallet_iot_anchors::pallet::Error<T>
   **/
  PalletIotAnchorsError: {
    _enum: ['UnknownDevice', 'NotOwner', 'KeyInUse', 'BadProofOfPossession', 'NotAnOperator', 'NotAMeterOperator', 'BadGeohash', 'LocationTooPrecise', 'DeviceSuspended', 'NotSuspended', 'BadSignature', 'Replayed', 'SequenceGap', 'StaleTimestamp', 'FutureTimestamp', 'TimestampNotIncreasing', 'RateLimited', 'EmptyBatch', 'BatchTooLarge', 'BadSummary', 'MissingMeterReading', 'NotAMeter', 'MeterWentBackwards', 'NotOffered', 'AlreadyOwner', 'BadRange', 'NoPolicy', 'TooManyDevices', 'BadPolicy', 'SuspendedByCity', 'NotSuspendedByCity', 'DeviceRevoked', 'OwnerNotAccredited', 'MeterSummary', 'NotProposed', 'AlreadyBound', 'RelayIsDeviceKey', 'NoRelayForMeters']
  },
  /**
   * Lookup360: pallet_utility::pallet::Error<T>
   **/
  PalletUtilityError: {
    _enum: ['TooManyCalls']
  },
  /**
   * Lookup362: pallet_multisig::Multisig<BlockNumber, Balance, sp_core::crypto::AccountId32, MaxApprovals>
   **/
  PalletMultisigMultisig: {
    when: 'PalletMultisigTimepoint',
    deposit: 'u128',
    depositor: 'AccountId32',
    approvals: 'Vec<AccountId32>'
  },
  /**
   * Lookup364: pallet_multisig::pallet::Error<T>
   **/
  PalletMultisigError: {
    _enum: ['MinimumThreshold', 'AlreadyApproved', 'NoApprovalsNeeded', 'TooFewSignatories', 'TooManySignatories', 'SignatoriesOutOfOrder', 'SenderInSignatories', 'NotFound', 'NotOwner', 'NoTimepoint', 'WrongTimepoint', 'UnexpectedTimepoint', 'MaxWeightTooLow', 'AlreadyStored']
  },
  /**
   * Lookup367: pallet_proxy::ProxyDefinition<sp_core::crypto::AccountId32, city_runtime::configs::accounts::ProxyType, BlockNumber>
   **/
  PalletProxyProxyDefinition: {
    delegate: 'AccountId32',
    proxyType: 'CityRuntimeConfigsAccountsProxyType',
    delay: 'u32'
  },
  /**
   * Lookup371: pallet_proxy::Announcement<sp_core::crypto::AccountId32, primitive_types::H256, BlockNumber>
   **/
  PalletProxyAnnouncement: {
    real: 'AccountId32',
    callHash: 'H256',
    height: 'u32'
  },
  /**
   * Lookup373: pallet_proxy::pallet::Error<T>
   **/
  PalletProxyError: {
    _enum: ['TooMany', 'NotFound', 'NotProxy', 'Unproxyable', 'Duplicate', 'NoPermission', 'Unannounced', 'NoSelfProxy']
  },
  /**
   * Lookup374: city_runtime::Runtime
   **/
  CityRuntimeRuntime: 'Null',
  /**
   * Lookup375: sp_runtime::generic::block::LazyBlock<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, city_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>
   **/
  SpRuntimeBlockLazyBlock: {
    header: 'SpRuntimeHeader',
    extrinsics: 'Vec<Bytes>'
  },
  /**
   * Lookup376: sp_runtime::generic::header::Header<Number, Hash>
   **/
  SpRuntimeHeader: {
    parentHash: 'H256',
    number: 'Compact<u32>',
    stateRoot: 'H256',
    extrinsicsRoot: 'H256',
    digest: 'SpRuntimeDigest'
  },
  /**
   * Lookup380: sp_runtime::ExtrinsicInclusionMode
   **/
  SpRuntimeExtrinsicInclusionMode: {
    _enum: ['AllExtrinsics', 'OnlyInherents']
  },
  /**
   * Lookup384: sp_runtime::transaction_validity::TransactionValidityError
   **/
  SpRuntimeTransactionValidityTransactionValidityError: {
    _enum: {
      Invalid: 'SpRuntimeTransactionValidityInvalidTransaction',
      Unknown: 'SpRuntimeTransactionValidityUnknownTransaction'
    }
  },
  /**
   * Lookup385: sp_runtime::transaction_validity::InvalidTransaction
   **/
  SpRuntimeTransactionValidityInvalidTransaction: {
    _enum: {
      Call: 'Null',
      Payment: 'Null',
      Future: 'Null',
      Stale: 'Null',
      BadProof: 'Null',
      AncientBirthBlock: 'Null',
      ExhaustsResources: 'Null',
      Custom: 'u8',
      BadMandatory: 'Null',
      MandatoryValidation: 'Null',
      BadSigner: 'Null',
      IndeterminateImplicit: 'Null',
      UnknownOrigin: 'Null'
    }
  },
  /**
   * Lookup386: sp_runtime::transaction_validity::UnknownTransaction
   **/
  SpRuntimeTransactionValidityUnknownTransaction: {
    _enum: {
      CannotLookup: 'Null',
      NoUnsignedValidator: 'Null',
      Custom: 'u8'
    }
  },
  /**
   * Lookup387: sp_inherents::InherentData
   **/
  SpInherentsInherentData: {
    data: 'BTreeMap<[u8;8], Bytes>'
  },
  /**
   * Lookup392: sp_inherents::CheckInherentsResult
   **/
  SpInherentsCheckInherentsResult: {
    okay: 'bool',
    fatalError: 'bool',
    errors: 'SpInherentsInherentData'
  },
  /**
   * Lookup393: sp_runtime::transaction_validity::TransactionSource
   **/
  SpRuntimeTransactionValidityTransactionSource: {
    _enum: ['InBlock', 'Local', 'External']
  },
  /**
   * Lookup395: sp_runtime::transaction_validity::ValidTransaction
   **/
  SpRuntimeTransactionValidityValidTransaction: {
    priority: 'u64',
    requires: 'Vec<Bytes>',
    provides: 'Vec<Bytes>',
    longevity: 'u64',
    propagate: 'bool'
  },
  /**
   * Lookup398: sp_session::runtime_api::OpaqueGeneratedSessionKeys
   **/
  SpSessionRuntimeApiOpaqueGeneratedSessionKeys: {
    _alias: {
      keys_: 'keys'
    },
    keys_: 'Bytes',
    proof: 'Bytes'
  },
  /**
   * Lookup405: pallet_transaction_payment::types::RuntimeDispatchInfo<Balance, sp_weights::weight_v2::Weight>
   **/
  PalletTransactionPaymentRuntimeDispatchInfo: {
    weight: 'SpWeightsWeightV2Weight',
    class: 'FrameSupportDispatchDispatchClass',
    partialFee: 'u128'
  },
  /**
   * Lookup406: pallet_transaction_payment::types::FeeDetails<Balance>
   **/
  PalletTransactionPaymentFeeDetails: {
    inclusionFee: 'Option<PalletTransactionPaymentInclusionFee>',
    tip: 'u128'
  },
  /**
   * Lookup408: pallet_transaction_payment::types::InclusionFee<Balance>
   **/
  PalletTransactionPaymentInclusionFee: {
    baseFee: 'u128',
    lenFee: 'u128',
    adjustedWeightFee: 'u128'
  },
  /**
   * Lookup409: pallet_governance_periods::views::Collective<sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletGovernancePeriodsViewsCollective: {
    members: 'Vec<AccountId32>',
    prime: 'Option<AccountId32>',
    motions: 'Vec<PalletGovernancePeriodsViewsMotion>'
  },
  /**
   * Lookup411: pallet_governance_periods::views::Motion<sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletGovernancePeriodsViewsMotion: {
    index: 'u32',
    proposalHash: 'H256',
    call: 'Option<PalletGovernancePeriodsViewsCallSummary>',
    threshold: 'u32',
    ayes: 'Vec<AccountId32>',
    nays: 'Vec<AccountId32>',
    end: 'u32'
  },
  /**
   * Lookup413: pallet_governance_periods::views::CallSummary
   **/
  PalletGovernancePeriodsViewsCallSummary: {
    pallet: 'Text',
    function: 'Text',
    upgrade: 'Option<H256>',
    complete: 'bool'
  },
  /**
   * Lookup415: pallet_governance_periods::views::Referendum<Balance, BlockNumber>
   **/
  PalletGovernancePeriodsViewsReferendum: {
    index: 'u32',
    proposalHash: 'H256',
    call: 'Option<PalletGovernancePeriodsViewsCallSummary>',
    threshold: 'PalletDemocracyVoteThreshold',
    ayes: 'u128',
    nays: 'u128',
    turnout: 'u128',
    end: 'u32',
    delay: 'u32'
  },
  /**
   * Lookup417: pallet_governance_periods::views::Scheduled<BlockNumber>
   **/
  PalletGovernancePeriodsViewsScheduled: {
    when: 'u32',
    callHash: 'H256',
    call: 'Option<PalletGovernancePeriodsViewsCallSummary>'
  },
  /**
   * Lookup419: pallet_governance_periods::views::AuthorizedUpgrade
   **/
  PalletGovernancePeriodsViewsAuthorizedUpgrade: {
    codeHash: 'H256',
    checkVersion: 'bool'
  },
  /**
   * Lookup420: pallet_validator_set::SetStatus<sp_core::crypto::AccountId32, Balance, BlockNumber>
   **/
  PalletValidatorSetSetStatus: {
    validators: 'Vec<PalletValidatorSetValidatorStatus>',
    session: 'u32',
    sessionLength: 'u32',
    changePending: 'bool',
    rewardPerSession: 'u128',
    offlineThreshold: 'u32',
    minValidators: 'u32',
    maxValidators: 'u32'
  },
  /**
   * Lookup422: pallet_validator_set::ValidatorStatus<sp_core::crypto::AccountId32>
   **/
  PalletValidatorSetValidatorStatus: {
    account: 'AccountId32',
    inSet: 'bool',
    inSession: 'bool',
    keysRegistered: 'bool',
    blocksThisSession: 'u32',
    sessionsWithoutBlocks: 'u32'
  },
  /**
   * Lookup424: pallet_identity_registry::types::CredentialView<sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletIdentityRegistryCredentialView: {
    id: 'u64',
    credential: 'PalletIdentityRegistryCredential',
    status: 'PalletIdentityRegistryCredentialStatus'
  },
  /**
   * Lookup425: pallet_identity_registry::types::CredentialStatus
   **/
  PalletIdentityRegistryCredentialStatus: {
    _enum: ['Active', 'Suspended', 'Revoked', 'Expired', 'Erased']
  },
  /**
   * Lookup427: pallet_identity_registry::disclosure::Disclosure
   **/
  PalletIdentityRegistryDisclosure: {
    key: 'Bytes',
    value: 'Bytes',
    salt: '[u8;32]',
    leafIndex: 'u32',
    leafCount: 'u32',
    proof: 'Vec<H256>'
  },
  /**
   * Lookup432: pallet_identity_registry::disclosure::DisclosureError
   **/
  PalletIdentityRegistryDisclosureDisclosureError: {
    _enum: {
      CredentialNotFound: 'Null',
      CredentialNotActive: 'PalletIdentityRegistryCredentialStatus',
      ProofInvalid: 'Null'
    }
  },
  /**
   * Lookup433: pallet_reserve_fund::types::FundStatus<sp_core::crypto::AccountId32, Balance>
   **/
  PalletReserveFundFundStatus: {
    account: 'AccountId32',
    balance: 'u128',
    obligations: 'Vec<(CityPrimitivesTreasuryObligation,u128)>',
    totalObligations: 'u128',
    free: 'u128',
    coveragePpm: 'Option<u128>',
    reserveFloor: 'Permill',
    period: 'u32',
    budgets: 'Vec<(CityPrimitivesTreasurySpendCategory,u128,u128)>'
  },
  /**
   * Lookup440: pallet_citycoin::types::Service<Name, Balance>
   **/
  PalletCitycoinService: {
    name: 'Bytes',
    department: 'CityPrimitivesCredentialsDepartment',
    price: 'u128',
    residentOnly: 'bool',
    active: 'bool'
  },
  /**
   * Lookup442: pallet_citycoin::types::IssuanceStatus<Balance>
   **/
  PalletCitycoinIssuanceStatus: {
    period: 'u32',
    cap: 'Perbill',
    record: 'Option<PalletCitycoinIssuanceRecord>',
    totalIssuance: 'u128'
  },
  /**
   * Lookup444: pallet_citycoin::types::PayrollStatus<Balance>
   **/
  PalletCitycoinPayrollStatus: {
    period: 'u32',
    lastRun: 'u32',
    running: 'bool',
    employees: 'u32',
    arrears: 'u128'
  },
  /**
   * Lookup448: pallet_bonds::types::SeriesInfo<bounded_collections::bounded_vec::BoundedVec<T, S>, Balance, BlockNumber>
   **/
  PalletBondsSeriesInfo: {
    id: 'u32',
    series: 'PalletBondsSeries',
    couponPerUnit: 'u128',
    duePeriods: 'u32',
    maturity: 'u32'
  },
  /**
   * Lookup451: pallet_bonds::types::HoldingInfo<sp_core::crypto::AccountId32, Balance>
   **/
  PalletBondsHoldingInfo: {
    series: 'u32',
    holding: 'PalletBondsHolding',
    accrued: 'u128',
    claimable: 'u128'
  },
  /**
   * Lookup452: pallet_bonds::types::DebtStatus<Balance>
   **/
  PalletBondsDebtStatus: {
    total: 'u128',
    ceiling: 'u128'
  },
  /**
   * Lookup464: pallet_iot_anchors::types::Reading
   **/
  PalletIotAnchorsReading: {
    device: 'H256',
    sequence: 'u64',
    index: 'u32',
    timestamp: 'u64',
    value: 'i64',
    signature: 'Option<SpRuntimeMultiSignature>'
  },
  /**
   * Lookup466: pallet_iot_anchors::types::Verdict<BlockNumber>
   **/
  PalletIotAnchorsVerdict: {
    _enum: {
      Proven: {
        at: 'u32',
        timestamp: 'u64',
        root: 'H256',
      },
      NotProven: 'Null',
      UnknownDevice: 'Null',
      AnchorNotKept: 'Null',
      NotSignedByDevice: 'Null'
    }
  },
  /**
   * Lookup470: city_runtime::RuntimeError
   **/
  CityRuntimeRuntimeError: {
    _enum: {
      System: 'FrameSystemError',
      __Unused1: 'Null',
      __Unused2: 'Null',
      Grandpa: 'PalletGrandpaError',
      Balances: 'PalletBalancesError',
      __Unused5: 'Null',
      __Unused6: 'Null',
      ValidatorSet: 'PalletValidatorSetError',
      Session: 'PalletSessionError',
      __Unused9: 'Null',
      Preimage: 'PalletPreimageError',
      Scheduler: 'PalletSchedulerError',
      Council: 'PalletCollectiveError',
      CouncilMembership: 'PalletMembershipError',
      TechnicalCommittee: 'PalletCollectiveError',
      TechnicalMembership: 'PalletMembershipError',
      Democracy: 'PalletDemocracyError',
      __Unused17: 'Null',
      __Unused18: 'Null',
      __Unused19: 'Null',
      CityCoin: 'PalletCitycoinError',
      ReserveFund: 'PalletReserveFundError',
      Bonds: 'PalletBondsError',
      IdentityRegistry: 'PalletIdentityRegistryError',
      VehicleRegistry: 'PalletVehicleRegistryError',
      IotAnchors: 'PalletIotAnchorsError',
      __Unused26: 'Null',
      __Unused27: 'Null',
      __Unused28: 'Null',
      __Unused29: 'Null',
      Utility: 'PalletUtilityError',
      Multisig: 'PalletMultisigError',
      Proxy: 'PalletProxyError'
    }
  }
};

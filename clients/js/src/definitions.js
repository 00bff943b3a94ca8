// The city's RPC methods and their JSON types, and the transaction extensions @polkadot/api does
// not know, as @polkadot/api takes them (`ApiPromise.create({ rpc, types, signedExtensions })`).
// One module per RPC namespace, the shape @polkadot/typegen reads (src/interfaces/definitions.ts);
// the TypeScript interfaces of src/interfaces/ are generated from this file and the runtime's
// metadata (scripts/client-types.sh).
//
// The nodes' RPC servers (pallets/*/rpc) answer JSON: amounts are planck as decimal strings
// (`Balance` here reads them), accounts SS58, hashes hex, blocks and counts numbers. Where the
// server serializes a runtime type as it is, the type is the metadata's own (`Pallet...`,
// `CityPrimitives...`), which @polkadot/api registers from the chain's metadata.

/** `at`: the block to read at; the best block when left out. */
const at = { name: 'at', type: 'BlockHash', isHistoric: true, isOptional: true };

const method = (description, params, type) => ({ description, params: [...params, at], type });

export const reserve = {
  rpc: {
    status: method('The reserve fund: balance, obligations, coverage, floor and budgets.', [], 'CityReserveStatus')
  },
  types: {
    CityReserveObligation: {
      obligation: 'CityPrimitivesTreasuryObligation',
      amount: 'Balance'
    },
    CityReserveBudget: {
      category: 'CityPrimitivesTreasurySpendCategory',
      limit: 'Balance',
      spent: 'Balance'
    },
    CityReserveStatus: {
      account: 'AccountId',
      balance: 'Balance',
      obligations: 'Vec<CityReserveObligation>',
      totalObligations: 'Balance',
      free: 'Balance',
      coveragePpm: 'Option<u128>',
      reserveFloorPpm: 'u32',
      period: 'u32',
      budgets: 'Vec<CityReserveBudget>'
    }
  }
};

export const bonds = {
  rpc: {
    series: method('Series `id` (terms, state, periods due, maturity), or null.', [{ name: 'id', type: 'u32' }], 'Option<CityBondSeries>'),
    allSeries: method('Every series, closed ones included, by id.', [], 'Vec<CityBondSeries>'),
    holdings: method('What `who` holds of every series, with the coupons accrued and claimable.', [{ name: 'who', type: 'AccountId' }], 'Vec<CityBondHolding>'),
    debt: method('The city\'s debt (face value on offer or outstanding) against the ceiling.', [], 'CityBondDebt')
  },
  types: {
    CityBondSeries: {
      id: 'u32',
      name: 'Text',
      purpose: 'H256',
      contract: 'Option<u32>',
      face: 'Balance',
      couponRatePpb: 'u32',
      couponPerUnit: 'Balance',
      couponPeriod: 'BlockNumber',
      periods: 'u32',
      units: 'u32',
      subscriptionEnd: 'BlockNumber',
      minUnits: 'u32',
      residentUnits: 'u32',
      state: 'Text',
      sold: 'u32',
      outstanding: 'u32',
      duePeriods: 'u32',
      fundedPeriods: 'u32',
      couponsPaid: 'Balance',
      maturity: 'BlockNumber',
      arrearsSince: 'Option<BlockNumber>',
      callPrice: 'Option<Balance>',
      defaultedAt: 'Option<BlockNumber>'
    },
    CityBondHolding: {
      series: 'u32',
      units: 'u32',
      accrued: 'Balance',
      claimable: 'Balance',
      depositor: 'AccountId',
      deposit: 'Balance'
    },
    CityBondDebt: {
      total: 'Balance',
      ceiling: 'Balance',
      headroom: 'Balance'
    }
  }
};

export const identity = {
  rpc: {
    credentialsOf: method('The credentials of `who`, with their status.', [{ name: 'who', type: 'AccountId' }], 'Vec<PalletIdentityRegistryCredentialView>'),
    credential: method('Credential `id` with its status, or null.', [{ name: 'id', type: 'u64' }], 'Option<PalletIdentityRegistryCredentialView>'),
    verifyAttribute: method('Checks one disclosed attribute against credential `id`\'s commitment.',
      [{ name: 'id', type: 'u64' }, { name: 'disclosure', type: 'CityDisclosure' }], 'CityDisclosureVerification')
  },
  types: {
    CityDisclosure: {
      key: 'Bytes',
      value: 'Bytes',
      salt: 'H256',
      leafIndex: 'u32',
      leafCount: 'u32',
      proof: 'Vec<H256>'
    },
    CityDisclosureVerification: {
      verified: 'bool',
      error: 'Option<PalletIdentityRegistryDisclosureDisclosureError>'
    }
  }
};

export const iot = {
  rpc: {
    device: method('Device `id`, or null.', [{ name: 'id', type: 'H256' }], 'Option<CityIotDevice>'),
    anchors: method('Device `id`\'s kept anchors, oldest first.', [{ name: 'id', type: 'H256' }], 'Vec<CityIotAnchor>'),
    // The reading as city-gateway's `gateway_prove` gives it: its signature is
    // `{"Ed25519" | "Sr25519" | "Ecdsa": hex}`, which a typed enum would rename, so it passes as is.
    verifyReading: method('Checks `reading` and its sibling path `proof` against the anchor kept on the chain.',
      [{ name: 'reading', type: 'CityIotReading' }, { name: 'proof', type: 'Vec<H256>' }], 'CityIotVerdict')
  },
  types: {
    CityIotKey: {
      scheme: 'Text',
      public: 'Bytes'
    },
    CityIotDevice: {
      id: 'H256',
      scheme: 'Text',
      public: 'Bytes',
      owner: 'AccountId',
      kind: 'Text',
      location: 'Text',
      status: 'Text',
      deposit: 'Balance',
      nextSequence: 'u64',
      lastAnchorAt: 'Option<BlockNumber>',
      lastTimestamp: 'u64',
      meterTotal: 'Option<u64>',
      offeredTo: 'Option<AccountId>',
      consumer: 'Option<AccountId>',
      consumerSinceSequence: 'Option<u64>',
      proposedConsumer: 'Option<AccountId>',
      relay: 'Option<CityIotKey>'
    },
    CityIotSummary: {
      min: 'i64',
      max: 'i64',
      mean: 'i64'
    },
    CityIotAnchor: {
      sequence: 'u64',
      root: 'H256',
      count: 'u32',
      timestamp: 'u64',
      at: 'BlockNumber',
      summary: 'Option<CityIotSummary>',
      cumulative: 'Option<u64>',
      readingsSignedBy: 'Option<CityIotKey>'
    },
    CityIotReading: {
      device: 'H256',
      sequence: 'u64',
      index: 'u32',
      timestamp: 'u64',
      value: 'i64',
      signature: 'Option<Json>'
    },
    CityIotVerdict: {
      verdict: 'Text',
      at: 'Option<BlockNumber>',
      timestamp: 'Option<u64>',
      root: 'Option<H256>'
    }
  }
};

export const vehicles = {
  rpc: {
    byPlate: method('The registered vehicle with `plate`, or null.', [{ name: 'plate', type: 'Text' }], 'Option<CityVehicle>'),
    byVin: method('The vehicle with `vin` (deregistered ones too), or null.', [{ name: 'vin', type: 'Text' }], 'Option<CityVehicle>'),
    of: method('The vehicles `owner` owns or applied for.', [{ name: 'owner', type: 'AccountId' }], 'Vec<CityVehicle>'),
    permits: method('The parking permits of the vehicle with `plate` valid now or later.', [{ name: 'plate', type: 'Text' }], 'Vec<CityVehiclePermit>'),
    openFines: method('The unpaid fines of the vehicle with `plate`.', [{ name: 'plate', type: 'Text' }], 'Vec<CityVehicleFine>')
  },
  types: {
    CityVehicle: {
      id: 'u32',
      vin: 'Text',
      make: 'Text',
      model: 'Text',
      year: 'u16',
      owner: 'AccountId',
      status: 'Text',
      plate: 'Option<Text>',
      registeredUntil: 'BlockNumber',
      odometer: 'u32',
      odometerFlagged: 'bool',
      stolen: 'bool',
      stolenByPolice: 'bool',
      registrations: 'u32',
      lienHolder: 'Option<AccountId>',
      offeredTo: 'Option<AccountId>',
      offerPrice: 'Option<Balance>'
    },
    CityVehiclePermit: {
      zone: 'u16',
      from: 'BlockNumber',
      until: 'BlockNumber'
    },
    CityVehicleFine: {
      id: 'u64',
      amount: 'Balance',
      offence: 'u16',
      evidence: 'H256',
      issuedAt: 'BlockNumber',
      deadline: 'BlockNumber',
      disputedWith: 'Option<H256>'
    }
  }
};

export const city = {
  rpc: {
    governancePeriods: method('The governance periods in force, in blocks.', [], 'PalletGovernancePeriodsGovernancePeriods'),
    council: method('The council: members, prime, and open motions with who voted.', [], 'CityCollective'),
    technicalCommittee: method('The technical committee: members, prime, and open motions with who voted.', [], 'CityCollective'),
    referenda: method('The referenda residents are voting on, with their tallies.', [], 'Vec<CityReferendum>'),
    scheduled: method('The calls the scheduler will dispatch, soonest first (passed referenda waiting for enactment).', [], 'Vec<CityScheduled>'),
    authorizedUpgrade: method('The runtime upgrade authorized now, or null.', [], 'Option<CityAuthorizedUpgrade>')
  },
  types: {
    CityCall: {
      pallet: 'Text',
      function: 'Text',
      upgrade: 'Option<H256>',
      complete: 'bool'
    },
    CityMotion: {
      index: 'u32',
      proposalHash: 'H256',
      call: 'Option<CityCall>',
      threshold: 'u32',
      ayes: 'Vec<AccountId>',
      nays: 'Vec<AccountId>',
      end: 'BlockNumber'
    },
    CityCollective: {
      members: 'Vec<AccountId>',
      prime: 'Option<AccountId>',
      motions: 'Vec<CityMotion>'
    },
    CityReferendum: {
      index: 'u32',
      proposalHash: 'H256',
      call: 'Option<CityCall>',
      threshold: 'Text',
      ayes: 'Balance',
      nays: 'Balance',
      turnout: 'Balance',
      end: 'BlockNumber',
      delay: 'BlockNumber'
    },
    CityScheduled: {
      when: 'BlockNumber',
      callHash: 'H256',
      call: 'Option<CityCall>'
    },
    CityAuthorizedUpgrade: {
      codeHash: 'H256',
      checkVersion: 'bool'
    }
  }
};

export const validators = {
  rpc: {
    status: method('The council\'s set and the session\'s validators, with what each authored this session, and the set\'s parameters.', [], 'CityValidatorsStatus')
  },
  types: {
    CityValidator: {
      account: 'AccountId',
      inSet: 'bool',
      inSession: 'bool',
      keysRegistered: 'bool',
      blocksThisSession: 'u32',
      sessionsWithoutBlocks: 'u32'
    },
    CityValidatorsStatus: {
      validators: 'Vec<CityValidator>',
      session: 'u32',
      sessionLength: 'BlockNumber',
      changePending: 'bool',
      rewardPerSession: 'Balance',
      offlineThreshold: 'u32',
      minValidators: 'u32',
      maxValidators: 'u32'
    }
  }
};

/** Every module: the RPC methods by namespace (`api.rpc.reserve.status()`) and their types. */
export const modules = { reserve, bonds, identity, iot, vehicles, city, validators };

/** The RPC methods, by namespace. */
export const rpc = Object.fromEntries(Object.entries(modules).map(([name, { rpc }]) => [name, rpc]));

/** The JSON types of the RPC methods. */
export const types = Object.assign({}, ...Object.values(modules).map(({ types }) => types));

/**
 * The runtime's transaction extensions @polkadot/api 16.5.6 does not know (it knows the others
 * of `runtime/src/lib.rs`'s `TxExtension`, `WeightReclaim` and `CheckMetadataHash` included).
 * Neither adds bytes to a transaction or to what its signer signs:
 * - `AuthorizeCall` (frame-system): authorizes calls that carry their own proof (an IoT anchor, a
 *   general transaction); nothing for a signed one;
 * - `CheckResidentVote` (the city's): refuses a vote by a non-resident, wrappers included.
 * The city's fee extension keeps the identifier `ChargeTransactionPayment` and its tip.
 */
export const signedExtensions = {
  AuthorizeCall: { extrinsic: {}, payload: {} },
  CheckResidentVote: { extrinsic: {}, payload: {} }
};

/**
 * All of the above as a types bundle for the chain's spec name, the form tools built on
 * @polkadot/api take as a file (@substrate/api-sidecar's `SAS_SUBSTRATE_TYPES_BUNDLE`).
 */
export const typesBundle = {
  spec: {
    'city-chain': { rpc, signedExtensions, types: [{ minmax: [0, null], types }] }
  }
};

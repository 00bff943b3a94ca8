// @polkadot/typegen reads the city's modules here; they are defined once, in ../definitions.js.
export { bonds, city, identity, iot, reserve, validators, vehicles } from '../definitions.js';

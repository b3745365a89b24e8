//! The cost of production: a figure per function (`costing`) and the whole sheet's breakdown per
//! pair and per order (`compute`). Imports `base` and `sheet`.

pub mod compute;
pub mod costing;

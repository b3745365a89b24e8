//! From cost to the buyer's price: the quote at every quantity and term (`quote`), the order's
//! cash timeline (`cash`), direct export against a broker (`broker`), the export papers
//! (`paperwork`). Imports `base`, `sheet` and `cost`.

pub mod broker;
pub mod cash;
pub mod paperwork;
pub mod quote;

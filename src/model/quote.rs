//! The quotation: from the cost per pair to a unit price in the buyer's currency, per order
//! quantity (tier), at the chosen Incoterm, with every other term side by side.

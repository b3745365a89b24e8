//! What explains the figures to a maker and a coach: the formula trail, the what-if, the terms
//! side by side, markup against margin, the charts' geometry, the outline of the cards, and the
//! built-in examples. The top of the computations:
//! imports every layer below, and nothing imports it but `rules` and the screens.

pub mod chart;
pub mod examples;
pub mod exercise;
pub mod handout;
pub mod markup;
pub mod outline;
pub mod terms;
pub mod trail;
pub mod whatif;

//! The cost sheet as data: the document and its plain types (the words' phrases, the cash plan
//! and a broker's offer among them), and every change to it as an `Edit` applied by one pure
//! function. Imports only `base`; every computation reads these types, never the reverse.

pub mod document;
pub mod edit;
pub mod id;
pub mod phrases;
pub mod plans;

//! Privacy: counter-based Gaussian noise ([`philox`]) and accounting ([`accountant`]).

pub mod accountant;
pub mod philox;
pub mod secure;

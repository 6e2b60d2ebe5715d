//! Privacy: counter-based Gaussian noise ([`philox`], checked by [`noise_check`]), secure-mode
//! noise ([`secure`]) and accounting ([`accountant`]).

pub mod accountant;
pub mod keys;
pub mod noise_check;
pub mod philox;
pub mod secure;

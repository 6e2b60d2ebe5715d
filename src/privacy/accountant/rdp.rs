//! The Rényi DP accountant: sums the RDP of every recorded step at a fixed set of orders and
//! converts the total to (ε, δ) at the best order.
//!
//! # Sources
//! - I. Mironov, "Rényi Differential Privacy", CSF 2017, Proposition 1 (RDP composes by
//!   addition at each order).
//! - I. Mironov, K. Talwar, L. Zhang, arXiv:1908.10530, 2019, Section 3 (RDP of one step).
//! - B. Balle et al., AISTATS 2020, Theorem 21 (conversion; see [`Conversion`]).

use super::analysis::{self, Conversion, DEFAULT_ORDERS};
use super::{Accountant, Segment};
use crate::error::Result;

/// Rényi DP accountant for DP-SGD (Poisson-subsampled Gaussian, add/remove adjacency).
///
/// Defaults: Opacus's orders ([`DEFAULT_ORDERS`]) and the improved conversion, so ε matches
/// Opacus's `RDPAccountant`.
///
/// # Sources
/// Mironov 2017 (composition), Mironov, Talwar, Zhang 2019 (per-step RDP), Balle et al. 2020
/// (conversion); see the [module docs](self).
#[derive(Clone, Debug, PartialEq)]
pub struct RdpAccountant {
    history: Vec<Segment>,
    orders: Vec<f64>,
    conversion: Conversion,
}

impl Default for RdpAccountant {
    fn default() -> Self {
        Self::new()
    }
}

impl RdpAccountant {
    /// An empty accountant with [`DEFAULT_ORDERS`] and [`Conversion::Improved`].
    pub fn new() -> Self {
        RdpAccountant {
            history: Vec::new(),
            orders: DEFAULT_ORDERS.to_vec(),
            conversion: Conversion::Improved,
        }
    }

    /// An accountant that resumes from a saved [`RdpAccountant::history`] (kept as given).
    ///
    /// # Errors
    /// [`Error::InvalidParameter`](crate::Error::InvalidParameter) naming `noise_multiplier` or `sample_rate` for the first
    /// invalid segment.
    pub fn from_history(history: Vec<Segment>) -> Result<Self> {
        history.iter().try_for_each(Segment::validate)?;
        Ok(RdpAccountant { history, ..Self::new() })
    }

    /// Uses these Rényi orders (each in (1, [`MAX_ORDER`](analysis::MAX_ORDER)] or +∞) instead of
    /// [`DEFAULT_ORDERS`].
    ///
    /// # Errors
    /// [`Error::InvalidParameter`](crate::Error::InvalidParameter) naming `orders` if empty or an order is out of range or NaN.
    pub fn with_orders(mut self, orders: &[f64]) -> Result<Self> {
        analysis::check_orders(orders)?;
        self.orders = orders.to_vec();
        Ok(self)
    }

    /// Uses this RDP → (ε, δ) conversion instead of [`Conversion::Improved`].
    pub fn with_conversion(mut self, conversion: Conversion) -> Self {
        self.conversion = conversion;
        self
    }

    /// Records one step; merged into the last segment if σ and q are the same.
    ///
    /// # Errors
    /// [`Error::InvalidParameter`](crate::Error::InvalidParameter) naming `noise_multiplier` (negative or not finite) or
    /// `sample_rate` (not in [0, 1]), or `steps` on `u64` overflow.
    pub fn step(&mut self, noise_multiplier: f64, sample_rate: f64) -> Result<()> {
        self.steps(noise_multiplier, sample_rate, 1)
    }

    /// Records `steps` steps at once; merged into the last segment if σ and q are the same.
    /// `steps` = 0 only validates.
    ///
    /// # Errors
    /// As [`RdpAccountant::step`].
    pub fn steps(&mut self, noise_multiplier: f64, sample_rate: f64, steps: u64) -> Result<()> {
        super::record_steps(&mut self.history, noise_multiplier, sample_rate, steps)
    }

    /// Total RDP of the history, one value per order in [`RdpAccountant::orders`]. Recomputed
    /// on each call: one [`compute_rdp`](analysis::compute_rdp) per segment, about a millisecond
    /// each with the default orders.
    ///
    /// # Errors
    /// [`Error::InvalidParameter`](crate::Error::InvalidParameter) only if the history was made invalid, which the public API
    /// does not allow.
    ///
    /// # Sources
    /// Mironov 2017, Proposition 1; Mironov, Talwar, Zhang 2019, Section 3.
    pub fn rdp(&self) -> Result<Vec<f64>> {
        let mut total = vec![0.0; self.orders.len()];
        for s in &self.history {
            let rdp = analysis::compute_rdp(s.sample_rate, s.noise_multiplier, s.steps, &self.orders)?;
            total.iter_mut().zip(rdp).for_each(|(t, r)| *t += r);
        }
        Ok(total)
    }

    /// ε spent so far for δ, at the best order: +∞ if no order gives a finite value
    /// (e.g. σ = 0), 0 if nothing was spent (e.g. q = 0 or no steps).
    ///
    /// # Errors
    /// [`Error::InvalidParameter`](crate::Error::InvalidParameter) naming `delta` unless 0 < δ < 1.
    ///
    /// # Sources
    /// See [`epsilon_from_rdp`](analysis::epsilon_from_rdp).
    pub fn get_epsilon(&self, delta: f64) -> Result<f64> {
        Ok(self.get_epsilon_and_order(delta)?.0)
    }

    /// (ε, best order α) for δ; α is NaN when ε = +∞ and +∞ when nothing was spent (ε = 0 at
    /// every order).
    ///
    /// # Errors
    /// As [`RdpAccountant::get_epsilon`].
    ///
    /// # Sources
    /// See [`epsilon_from_rdp`](analysis::epsilon_from_rdp).
    pub fn get_epsilon_and_order(&self, delta: f64) -> Result<(f64, f64)> {
        analysis::check_delta(delta)?;
        analysis::epsilon_from_rdp(&self.orders, &self.rdp()?, delta, self.conversion)
    }

    /// The recorded segments, oldest first.
    pub fn history(&self) -> &[Segment] {
        &self.history
    }

    /// The Rényi orders ε is minimised over.
    pub fn orders(&self) -> &[f64] {
        &self.orders
    }

    /// The RDP → (ε, δ) conversion in use.
    pub fn conversion(&self) -> Conversion {
        self.conversion
    }
}

impl Accountant for RdpAccountant {
    fn step(&mut self, noise_multiplier: f64, sample_rate: f64) -> Result<()> {
        RdpAccountant::step(self, noise_multiplier, sample_rate)
    }

    fn steps(&mut self, noise_multiplier: f64, sample_rate: f64, steps: u64) -> Result<()> {
        RdpAccountant::steps(self, noise_multiplier, sample_rate, steps)
    }

    fn get_epsilon(&self, delta: f64) -> Result<f64> {
        RdpAccountant::get_epsilon(self, delta)
    }

    fn history(&self) -> &[Segment] {
        RdpAccountant::history(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;
    use crate::privacy::accountant::TF_PRIVACY_ORDERS;

    fn epsilon(sigma: f64, q: f64, steps: u64, orders: &[f64], conversion: Conversion) -> (f64, f64) {
        let mut acc = RdpAccountant::new().with_orders(orders).unwrap().with_conversion(conversion);
        acc.steps(sigma, q, steps).unwrap();
        acc.get_epsilon_and_order(1e-5).unwrap()
    }

    fn param_name(e: Error) -> &'static str {
        match e {
            Error::InvalidParameter { name, .. } => name,
            other => panic!("{other}"),
        }
    }

    #[test]
    fn opacus_rdp_accountant_test_value_is_reproduced() {
        let (eps, _) = epsilon(1.5, 0.04, 2250, &DEFAULT_ORDERS, Conversion::Improved);
        assert!((eps / 7.32911117143 - 1.0).abs() < 1e-9, "{eps}");
    }

    #[test]
    fn tf_privacy_compute_dp_sgd_privacy_value_is_reproduced_at_order_19() {
        let (eps, order) = epsilon(1.3, 150.0 / 60000.0, 6000, &TF_PRIVACY_ORDERS, Conversion::Improved);
        assert!((eps / 0.7242234026109595 - 1.0).abs() < 1e-9, "{eps}");
        assert_eq!(order, 19.0);
    }

    #[test]
    fn tf_tutorial_table_is_reproduced_to_two_decimals_with_opacus_orders() {
        // TF Privacy's tutorial README (classic conversion). Its numbers come from the orders TF
        // Privacy used then, 1 + x/10 and 12..63 = DEFAULT_ORDERS; with today's TF list the
        // σ = 0.7 row gives 7.12 (best order 4) instead of 7.10 (order 3.8).
        for (sigma, steps, published) in [(1.1, 14063, 3.01), (1.3, 3516, 1.19), (0.7, 10547, 7.10)] {
            let (eps, _) = epsilon(sigma, 256.0 / 60000.0, steps, &DEFAULT_ORDERS, Conversion::Classic);
            assert!((eps - published).abs() <= 0.005, "σ = {sigma}: {eps}");
        }
        for (sigma, steps, published) in [(1.1, 14063, 3.01), (1.3, 3516, 1.19), (0.7, 10547, 7.12)] {
            let (eps, _) = epsilon(sigma, 256.0 / 60000.0, steps, &TF_PRIVACY_ORDERS, Conversion::Classic);
            assert!((eps - published).abs() <= 0.005, "σ = {sigma}: {eps}");
        }
    }

    #[test]
    fn opacus_mnist_readme_values_are_reproduced_to_one_hundredth() {
        for (sigma, steps, published) in [(1.1, 15000, 2.91), (0.7, 11250, 6.86)] {
            let (eps, _) = epsilon(sigma, 240.0 / 60000.0, steps, &DEFAULT_ORDERS, Conversion::Classic);
            assert!((eps - published).abs() <= 0.01, "σ = {sigma}: {eps}");
        }
    }

    #[test]
    fn epsilon_is_never_nan_or_negative_and_monotone_in_noise_and_steps() {
        let (sigmas, rates) = ([0.1, 0.5, 1.0, 10.0, 100.0], [1e-6, 1e-3, 0.1, 1.0]);
        let (steps, deltas) = ([1, 1000, 10_000_000], [1e-18, 1e-5, 0.5]);
        // eps[q][δ] is a matrix with one row per σ and one column per T.
        let mut eps = [[[[0.0; 3]; 5]; 3]; 4];
        for (j, &q) in rates.iter().enumerate() {
            for (i, &sigma) in sigmas.iter().enumerate() {
                for (k, &t) in steps.iter().enumerate() {
                    let mut acc = RdpAccountant::new();
                    acc.steps(sigma, q, t).unwrap();
                    for (l, &delta) in deltas.iter().enumerate() {
                        let e = acc.get_epsilon(delta).unwrap();
                        assert!(e >= 0.0, "σ={sigma} q={q} T={t} δ={delta}: {e}");
                        eps[j][l][i][k] = e;
                    }
                }
            }
        }
        for matrix in eps.iter().flatten() {
            for row in matrix {
                assert!(row.windows(2).all(|w| w[0] <= w[1]), "decreasing in T: {matrix:?}");
            }
            for rows in matrix.windows(2) {
                let ok =
                    rows[0].iter().zip(&rows[1]).all(|(less_noise, more_noise)| more_noise <= less_noise);
                assert!(ok, "increasing in σ: {matrix:?}");
            }
        }
    }

    #[test]
    fn no_sampling_gives_zero_and_no_noise_gives_infinity() {
        let mut acc = RdpAccountant::new();
        assert_eq!(acc.get_epsilon(1e-5).unwrap(), 0.0);
        acc.steps(0.0, 0.0, 100).unwrap();
        assert_eq!(acc.get_epsilon(1e-5).unwrap(), 0.0);
        acc.step(0.0, 0.01).unwrap();
        let (eps, order) = acc.get_epsilon_and_order(1e-5).unwrap();
        assert!(eps == f64::INFINITY && order.is_nan());
    }

    #[test]
    fn bad_parameters_are_errors_naming_them() {
        let mut acc = RdpAccountant::new();
        acc.step(1.0, 0.01).unwrap();
        for delta in [0.0, 1.0, 2.0, -1.0, f64::NAN] {
            assert_eq!(param_name(acc.get_epsilon(delta).unwrap_err()), "delta");
        }
        assert_eq!(param_name(acc.step(-0.1, 0.01).unwrap_err()), "noise_multiplier");
        assert_eq!(param_name(acc.step(f64::INFINITY, 0.01).unwrap_err()), "noise_multiplier");
        assert_eq!(param_name(acc.step(1.0, 1.01).unwrap_err()), "sample_rate");
        assert_eq!(param_name(acc.clone().with_orders(&[0.5]).unwrap_err()), "orders");
        acc.steps(1.0, 0.01, u64::MAX - 1).unwrap();
        assert_eq!(param_name(acc.step(1.0, 0.01).unwrap_err()), "steps");
        let bad = Segment { noise_multiplier: 1.0, sample_rate: -0.5, steps: 3 };
        assert_eq!(param_name(RdpAccountant::from_history(vec![bad]).unwrap_err()), "sample_rate");
    }

    #[test]
    fn equal_consecutive_steps_merge_into_one_segment() {
        let mut acc = RdpAccountant::new();
        for _ in 0..3 {
            acc.step(1.0, 0.01).unwrap();
        }
        acc.steps(1.1, 0.01, 0).unwrap();
        acc.steps(1.1, 0.01, 5).unwrap();
        acc.step(1.0, 0.01).unwrap();
        let seg = |noise_multiplier, steps| Segment { noise_multiplier, sample_rate: 0.01, steps };
        assert_eq!(acc.history(), [seg(1.0, 3), seg(1.1, 5), seg(1.0, 1)]);
    }

    #[test]
    fn rdp_is_summed_over_segments() {
        let mut acc = RdpAccountant::new();
        acc.steps(1.0, 0.01, 100).unwrap();
        acc.steps(2.0, 0.05, 30).unwrap();
        let a = analysis::compute_rdp(0.01, 1.0, 100, &DEFAULT_ORDERS).unwrap();
        let b = analysis::compute_rdp(0.05, 2.0, 30, &DEFAULT_ORDERS).unwrap();
        let sum: Vec<f64> = a.iter().zip(&b).map(|(x, y)| x + y).collect();
        assert_eq!(acc.rdp().unwrap(), sum);
    }

    #[test]
    fn history_round_trips_through_json_and_from_history() {
        let mut acc = RdpAccountant::new();
        acc.steps(1.3, 0.004, 700).unwrap();
        acc.steps(0.9, 0.004, 20).unwrap();
        let json = serde_json::to_string(acc.history()).unwrap();
        let back: Vec<Segment> = serde_json::from_str(&json).unwrap();
        let resumed = RdpAccountant::from_history(back).unwrap();
        assert_eq!(resumed, acc);
        assert_eq!(resumed.get_epsilon(1e-5).unwrap(), acc.get_epsilon(1e-5).unwrap());
    }

    #[test]
    fn accountant_trait_drives_the_rdp_accountant() {
        let mut acc = RdpAccountant::new();
        let dynamic: &mut dyn Accountant = &mut acc;
        dynamic.steps(1.5, 0.04, 2249).unwrap();
        dynamic.step(1.5, 0.04).unwrap();
        assert_eq!(dynamic.history().len(), 1);
        assert!((dynamic.get_epsilon(1e-5).unwrap() - 7.32911117143).abs() < 1e-8);
    }
}

//! ε as a burn-train metric.

use std::sync::Arc;

use burn::tensor::TensorReadError;
use burn_train::metric::{
    Adaptor, Metric, MetricAttributes, MetricMetadata, MetricName, Numeric, NumericAttributes, NumericEntry,
    SerializedEntry,
};

use super::DpTrainOutput;

impl Adaptor<DpTrainOutput> for DpTrainOutput {
    fn adapt(&self) -> DpTrainOutput {
        self.clone()
    }
}

/// ε (register it with `metric_train_numeric`). Lower is better.
///
/// During an epoch it shows ε as of the epoch's last step (the step before the epoch's first
/// plus the loader's steps per epoch): an upper bound on what has been spent so far, since ε
/// grows with every step, computed once per epoch (the tight accountant is too slow to run at every
/// step). With several devices, whose items arrive out of order, the epoch's first step is the
/// lowest seen so far, so until its item arrives the value shown is ε a step or so past the
/// epoch's end: larger, still an upper bound. An epoch's final value is ε after its last step,
/// exactly. Neither ever under-reports.
#[derive(Clone)]
pub struct EpsilonMetric {
    name: MetricName,
    /// (steps, ε) of the last accountant run.
    computed: Option<(u64, f64)>,
    /// The latest step's item.
    latest: Option<DpTrainOutput>,
    /// The lowest step count seen this epoch (items may arrive out of order from several
    /// devices).
    epoch_first: Option<u64>,
}

impl EpsilonMetric {
    /// The metric, named "Epsilon".
    pub fn new() -> Self {
        EpsilonMetric {
            name: Arc::new("Epsilon".to_string()),
            computed: None,
            latest: None,
            epoch_first: None,
        }
    }

    /// ε after `steps` steps of the latest item's run, from the last run of the accountant when
    /// it was for the same steps; an accountant error shows as ε = ∞ (and is logged), never as
    /// a smaller ε.
    fn epsilon_after(&mut self, steps: u64) -> f64 {
        match (self.computed, &self.latest) {
            (Some((at, epsilon)), _) if at == steps => epsilon,
            (_, None) => f64::NAN,
            (_, Some(latest)) => {
                let epsilon = latest.epsilon_after(steps).unwrap_or_else(|e| {
                    log::error!("the accountant failed for {steps} steps: {e}");
                    f64::INFINITY
                });
                self.computed = Some((steps, epsilon));
                epsilon
            }
        }
    }

    fn epsilon(&self) -> f64 {
        self.computed.map_or(f64::NAN, |(_, epsilon)| epsilon)
    }
}

impl Default for EpsilonMetric {
    fn default() -> Self {
        Self::new()
    }
}

impl Metric for EpsilonMetric {
    type Input = DpTrainOutput;

    fn update(
        &mut self,
        item: &DpTrainOutput,
        metadata: &MetricMetadata,
    ) -> Result<SerializedEntry, TensorReadError> {
        // The epoch ends `items_total` steps after the step before its first: with several
        // devices the items arrive out of order, so the first is the lowest seen.
        let first = self.epoch_first.map_or(item.steps(), |f| f.min(item.steps()));
        self.epoch_first = Some(first);
        let latest = self.latest.as_ref().map_or(0, DpTrainOutput::steps).max(item.steps());
        if latest == item.steps() {
            self.latest = Some(item.clone());
        }
        let end = (first.saturating_sub(1) + metadata.progress.items_total as u64).max(latest);
        let epsilon = self.epsilon_after(end);
        let formatted = format!("≤ {epsilon:.4} (at step {end}, the epoch's end)");
        Ok(SerializedEntry::new(formatted, NumericEntry::Value(epsilon).serialize()))
    }

    fn compute(&mut self) -> Result<SerializedEntry, TensorReadError> {
        self.epoch_first = None;
        let steps = self.latest.as_ref().map_or(0, DpTrainOutput::steps);
        let epsilon = self.epsilon_after(steps);
        let formatted = format!("{epsilon:.4} (after step {steps})");
        Ok(SerializedEntry::new(formatted, NumericEntry::Final(epsilon).serialize()))
    }

    /// Keeps ε: the next epoch continues the same account.
    fn clear(&mut self) {}

    fn name(&self) -> MetricName {
        self.name.clone()
    }

    fn attributes(&self) -> MetricAttributes {
        NumericAttributes { unit: None, higher_is_better: false }.into()
    }
}

impl Numeric for EpsilonMetric {
    fn value(&self) -> Option<NumericEntry> {
        Some(NumericEntry::Value(self.epsilon()))
    }

    fn running_value(&self) -> Option<NumericEntry> {
        Some(NumericEntry::Value(self.epsilon()))
    }

    fn final_value(&self) -> NumericEntry {
        NumericEntry::Final(self.epsilon())
    }
}

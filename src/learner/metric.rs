//! ε as a burn-train metric.

use std::sync::Arc;
use std::time::{Duration, Instant};

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

/// ε spent so far (register it with `metric_train_numeric`). Lower is better.
///
/// The accountant runs for the first step, then at most once per interval (10 s unless
/// [`every`](Self::every) says otherwise), and at every epoch's end; between two runs the
/// dashboard shows the last ε with the step it was computed for, and the logs repeat it. An
/// epoch's final value is exact: ε after its last step.
#[derive(Clone)]
pub struct EpsilonMetric {
    name: MetricName,
    interval: Duration,
    /// The last computed (steps, ε) and when it was computed.
    computed: Option<(u64, f64, Instant)>,
    /// The latest step's item.
    latest: Option<DpTrainOutput>,
}

impl EpsilonMetric {
    /// The metric, named "Epsilon".
    pub fn new() -> Self {
        EpsilonMetric {
            name: Arc::new("Epsilon".to_string()),
            interval: Duration::from_secs(10),
            computed: None,
            latest: None,
        }
    }

    /// The same metric, running the accountant at most once per `interval` between epoch ends.
    pub fn every(mut self, interval: Duration) -> Self {
        self.interval = interval;
        self
    }

    /// Runs the accountant for the latest step unless it already has; an accountant error
    /// shows as ε = ∞ (and is logged), never as a smaller ε.
    fn refresh(&mut self) {
        let Some(latest) = &self.latest else { return };
        if self.computed.as_ref().is_some_and(|&(steps, _, _)| steps == latest.steps()) {
            return;
        }
        let epsilon = latest.epsilon().unwrap_or_else(|e| {
            log::error!("the accountant failed after step {}: {e}", latest.steps());
            f64::INFINITY
        });
        self.computed = Some((latest.steps(), epsilon, Instant::now()));
    }

    fn epsilon(&self) -> f64 {
        self.computed.as_ref().map_or(f64::NAN, |&(_, epsilon, _)| epsilon)
    }

    fn entry(&self, entry: NumericEntry) -> SerializedEntry {
        let formatted = match &self.computed {
            Some((steps, epsilon, _)) => format!("{epsilon:.4} (after step {steps})"),
            None => "n/a".into(),
        };
        SerializedEntry::new(formatted, entry.serialize())
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
        _metadata: &MetricMetadata,
    ) -> Result<SerializedEntry, TensorReadError> {
        self.latest = Some(item.clone());
        let due = self.computed.as_ref().is_none_or(|&(_, _, at)| at.elapsed() >= self.interval);
        if due {
            self.refresh();
        }
        Ok(self.entry(NumericEntry::Value(self.epsilon())))
    }

    fn compute(&mut self) -> Result<SerializedEntry, TensorReadError> {
        self.refresh();
        Ok(self.entry(NumericEntry::Final(self.epsilon())))
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

//! The DP step of one worker of a data-parallel run ([`crate::distributed`]): the local clipped
//! sum, one all-reduce, the noise once, the update.

use burn::module::ParamId;
use burn::tensor::{Tensor, TensorData};

use crate::distributed::Collective;
use crate::distributed::agreement::{check_agreement, digest};
use crate::error::{Error, Result};
use crate::models::DpModel;

use super::dpsgd::{ClippedSum, DpSgd, PhysicalBatch, read_back};

impl DpSgd {
    /// One DP-SGD step of a data-parallel run, on every worker of `collective` at once:
    /// `local` holds this worker's share of the global logical batch ([`rank_slice`] of the
    /// global Poisson sample, as padded physical batches; an empty share is one fully padded
    /// batch). The clipped sums and the losses of all workers are summed by one
    /// [`Collective::all_reduce_sum`]; the noise N(0, σ²C²) is added once to that global sum
    /// (the same keyed Philox draw on every worker; in secure mode worker 0 draws the discrete
    /// Gaussian noise and broadcasts the released sum); the result is divided by the global
    /// `expected_batch_size` and applied. Every worker ends with the same parameters, which
    /// equal [`step`](Self::step) on the union of the shares up to the order of the sums.
    /// Returns the model and the global summed loss (`[1]`). With one worker it is
    /// [`step`](Self::step).
    ///
    /// Every worker must call it with the same model (structure and values), the same
    /// configuration and noise key and the same step counter.
    ///
    /// # Errors
    /// As [`step`](Self::step) (a rank that fails before the all-reduce leaves the others
    /// waiting in it: the first step's model checks fail on every worker alike);
    /// [`Error::Distributed`] from the collective, or on every worker when worker 0's secure
    /// noise failed. A failed step is not counted.
    ///
    /// [`rank_slice`]: crate::distributed::rank_slice
    pub fn step_with<M: DpModel>(
        &mut self,
        model: M,
        local: Vec<PhysicalBatch<M::Input>>,
        collective: &dyn Collective,
    ) -> Result<(M, Tensor<1>)> {
        if collective.world_size() == 1 {
            return self.step(model, local);
        }
        self.agree(collective)?;
        let (mut sum, loss) = self.clip_and_sum(&model, local)?;
        let started = std::time::Instant::now();
        let loss = all_reduce(&model, &mut sum, loss, collective)?;
        self.all_reduce_seconds += started.elapsed().as_secs_f64();
        let std = if self.is_secure() {
            let noised = match collective.rank() {
                0 => self.prepare_noise(&mut sum),
                _ => Ok(0.0),
            };
            // Worker 0 says whether it released anything before anyone waits for its sum.
            let mut ok = [u8::from(noised.is_ok())];
            collective.broadcast(0, &mut ok)?;
            if ok[0] == 0 {
                return Err(noised.err().unwrap_or_else(|| {
                    Error::Distributed("worker 0's secure noise failed; nothing was released".into())
                }));
            }
            broadcast_sum(&model, &mut sum, collective)?;
            0.0
        } else {
            (self.config().noise_multiplier * self.config().max_grad_norm) as f32
        };
        let model = self.update(model, sum, std);
        self.set_steps_taken(self.steps_taken() + 1);
        Ok((model, loss))
    }
}

impl DpSgd {
    /// Makes this step's noise worker 0's: every worker takes worker 0's noise key (each worker
    /// may have drawn its own from the OS, or re-keyed on a load), and the workers' step counters
    /// and configurations must agree. Without it each worker would add its own noise to the
    /// same sum, and releasing two workers' models would leak more than the ε accounted.
    ///
    /// # Errors
    /// [`Error::Distributed`] on every worker, naming what differs.
    fn agree(&mut self, collective: &dyn Collective) -> Result<()> {
        let key = collective.broadcast_u64(0, self.config().noise_seed)?;
        self.set_noise_seed(key);
        let config = serde_json::to_vec(self.config()).expect("a DP-SGD config serialises");
        let fields = [
            ("steps taken", digest(&self.steps_taken().to_le_bytes())),
            ("DP-SGD configuration", digest(&config)),
        ];
        check_agreement(collective, "at a data-parallel step", &fields)
    }
}

/// Reads `sum` (in `model`'s parameter order) and `loss` back to the host, sums them over the
/// workers and puts the result back; returns the global loss.
fn all_reduce<M: DpModel>(
    model: &M,
    sum: &mut ClippedSum,
    loss: Tensor<1>,
    collective: &dyn Collective,
) -> Result<Tensor<1>> {
    let device = loss.device();
    let ordered = sum.ordered(model);
    let mut flat = flatten(&ordered)?;
    flat.extend(read_back(loss, "the loss")?);
    collective.all_reduce_sum(&mut flat)?;
    let loss = flat.pop().expect("the loss was appended");
    unflatten(sum, ordered, &flat);
    Ok(Tensor::from_data(TensorData::new(vec![loss], [1]), &device))
}

/// Replaces `sum` on every worker by worker 0's.
fn broadcast_sum<M: DpModel>(model: &M, sum: &mut ClippedSum, collective: &dyn Collective) -> Result<()> {
    let ordered = sum.ordered(model);
    let mut flat = flatten(&ordered)?;
    collective.broadcast_f32(0, &mut flat)?;
    unflatten(sum, ordered, &flat);
    Ok(())
}

/// The clipped sums, in the given order, as one host vector.
fn flatten(ordered: &[(ParamId, Tensor<1>)]) -> Result<Vec<f32>> {
    let mut flat = Vec::new();
    for (_, t) in ordered {
        flat.extend(read_back(t.clone(), "a clipped sum")?);
    }
    Ok(flat)
}

/// Puts [`flatten`]'s vector, changed by a collective, back into `sum`.
fn unflatten(sum: &mut ClippedSum, ordered: Vec<(ParamId, Tensor<1>)>, flat: &[f32]) {
    let mut at = 0;
    for (id, t) in ordered {
        let n = t.dims()[0];
        sum.set(id, Tensor::from_data(TensorData::new(flat[at..at + n].to_vec(), [n]), &t.device()));
        at += n;
    }
}

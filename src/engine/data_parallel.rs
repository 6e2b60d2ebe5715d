//! The DP step of one worker of a data-parallel run ([`crate::distributed`]): the local clipped
//! sum, one all-reduce, the noise once, the update.

use burn::tensor::{Tensor, TensorData};

use crate::distributed::Collective;
use crate::distributed::agreement::{check_agreement, digest};
use crate::error::{Error, Result};
use crate::models::DpModel;

use super::dpsgd::{ClippedSum, DpSgd, PhysicalBatch};

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
        let mut key = self.config().noise_seed.to_le_bytes();
        collective.broadcast(0, &mut key)?;
        self.set_noise_seed(u64::from_le_bytes(key));
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
    let ordered = sum.ordered(model);
    let mut flat = Vec::new();
    for (_, t) in &ordered {
        flat.extend(host(t.clone())?);
    }
    let device = loss.device();
    flat.extend(host(loss)?);
    collective.all_reduce_sum(&mut flat)?;
    let mut at = 0;
    for (id, t) in ordered {
        let n = t.dims()[0];
        sum.set(id, Tensor::from_data(TensorData::new(flat[at..at + n].to_vec(), [n]), &t.device()));
        at += n;
    }
    Ok(Tensor::from_data(TensorData::new(vec![flat[at]], [1]), &device))
}

/// Replaces `sum` on every worker by worker 0's.
fn broadcast_sum<M: DpModel>(model: &M, sum: &mut ClippedSum, collective: &dyn Collective) -> Result<()> {
    let ordered = sum.ordered(model);
    let mut bytes = Vec::new();
    for (_, t) in &ordered {
        bytes.extend(host(t.clone())?.iter().flat_map(|v| v.to_le_bytes()));
    }
    collective.broadcast(0, &mut bytes)?;
    let mut at = 0;
    for (id, t) in ordered {
        let n = t.dims()[0];
        let values: Vec<f32> = bytes[at..at + 4 * n]
            .chunks_exact(4)
            .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .collect();
        sum.set(id, Tensor::from_data(TensorData::new(values, [n]), &t.device()));
        at += 4 * n;
    }
    Ok(())
}

fn host(t: Tensor<1>) -> Result<Vec<f32>> {
    t.into_data()
        .convert::<f32>()
        .try_into_vec::<f32>()
        .map_err(|e| Error::Backend(format!("reading a clipped sum back for the all-reduce: {e:?}")))
}

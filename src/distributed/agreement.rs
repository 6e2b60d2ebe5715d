//! Keeping the workers of a data-parallel run in agreement: the same settings, data, binary and
//! initial weights at the start (a fingerprint per field), the same parameters after every epoch,
//! and worker 0's files (checkpoint, key) shared without a shared file system.
//!
//! Every function here is collective: all workers call it at the same point, and all of them get
//! the same verdict, so a disagreement stops every worker with the same message.

use burn::module::{Module, ModuleMapper, ModuleVisitor, Param};
use burn::tensor::{Tensor, TensorData};
use sha2::{Digest, Sha256};

use super::Collective;
use crate::error::{Error, Result};

/// A SHA-256 digest of one agreed-on field.
pub type Digest32 = [u8; 32];

/// SHA-256 of `bytes`.
pub fn digest(bytes: &[u8]) -> Digest32 {
    Sha256::digest(bytes).into()
}

/// SHA-256 of `values` as little-endian bytes (read in chunks: no copy of the whole slice).
pub fn digest_values<E: burn::tensor::Element>(values: &[E]) -> Digest32 {
    let mut hash = Sha256::new();
    for chunk in values.chunks(1 << 16) {
        hash.update(TensorData::new(chunk.to_vec(), [chunk.len()]).as_bytes());
    }
    hash.finalize().into()
}

/// SHA-256 of every float parameter of `model` (little-endian `f32`, in the module's order).
pub fn parameter_digest<M: Module>(model: &M) -> Digest32 {
    digest_values(&flat_parameters(model))
}

/// Every float parameter of `model` as `f32`, flattened in the module's order.
fn flat_parameters<M: Module>(model: &M) -> Vec<f32> {
    struct Collect(Vec<f32>);
    impl ModuleVisitor for Collect {
        fn visit_float<const D: usize>(&mut self, param: &Param<Tensor<D>>) {
            self.0.extend(param.val().into_data().convert::<f32>().iter::<f32>());
        }
    }
    let mut collect = Collect(Vec::new());
    model.visit(&mut collect);
    collect.0
}

/// Checks that every worker holds the same digest for every named field, in the same order (the
/// field names are the same on every worker built from the same source).
///
/// # Errors
/// [`Error::Distributed`] on every worker, naming each field where some worker differs from
/// worker 0 (or saying the workers run different dpgpu builds when they check different
/// numbers of fields); errors of the collective.
pub fn check_agreement(
    collective: &dyn Collective,
    what: &str,
    fields: &[(impl AsRef<str>, Digest32)],
) -> Result<()> {
    if collective.world_size() == 1 {
        return Ok(());
    }
    let count = collective.broadcast_u64(0, fields.len() as u64)?;
    let mut differ = [f32::from(count != fields.len() as u64)];
    collective.all_reduce_sum(&mut differ)?;
    if differ[0] > 0.0 {
        return Err(Error::Distributed(format!(
            "{what}: the workers check different fields ({} workers differ from worker 0): start every \
             worker from the same dpgpu build",
            differ[0]
        )));
    }
    let mut zero: Vec<u8> = fields.iter().flat_map(|(_, d)| d.iter().copied()).collect();
    let mine = zero.clone();
    collective.broadcast(0, &mut zero)?;
    let mut flags: Vec<f32> = mine.chunks(32).zip(zero.chunks(32)).map(|(a, b)| f32::from(a != b)).collect();
    collective.all_reduce_sum(&mut flags)?;
    let bad: Vec<String> = fields
        .iter()
        .zip(&flags)
        .filter(|(_, f)| **f > 0.0)
        .map(|((name, _), f)| {
            format!("{} ({f} of {} workers differ from worker 0)", name.as_ref(), collective.world_size())
        })
        .collect();
    if bad.is_empty() {
        return Ok(());
    }
    Err(Error::Distributed(format!(
        "{what}: the workers disagree on {}; every worker must run with the same flags, data and initial \
         weights",
        bad.join(", ")
    )))
}

/// Worker 0's `payload` on every worker (a length, then the bytes). Worker 0 may send an error
/// instead: every worker then returns it, so none is left waiting.
///
/// # Errors
/// [`Error::Distributed`] with worker 0's error; errors of the collective.
pub fn broadcast_from_zero(
    collective: &dyn Collective,
    payload: std::result::Result<Vec<u8>, String>,
) -> Result<Vec<u8>> {
    if collective.world_size() == 1 {
        return payload.map_err(Error::Distributed);
    }
    let zero = collective.rank() == 0;
    let (head, mut body) = match (&payload, zero) {
        (Ok(bytes), true) => (1u64 << 63 | bytes.len() as u64, bytes.clone()),
        (Err(e), true) => (e.len() as u64, e.clone().into_bytes()),
        (_, false) => (0, Vec::new()),
    };
    let head = collective.broadcast_u64(0, head)?;
    body.resize((head & !(1 << 63)) as usize, 0);
    collective.broadcast(0, &mut body)?;
    match head >> 63 {
        1 => Ok(body),
        _ => Err(Error::Distributed(format!("worker 0: {}", String::from_utf8_lossy(&body)))),
    }
}

/// Replaces `model`'s float parameters on every worker by worker 0's (e.g. a checkpoint only
/// worker 0 read).
///
/// # Errors
/// Errors of the collective; [`Error::Distributed`] if the models' sizes differ.
pub fn parameters_from_zero<M: Module>(collective: &dyn Collective, model: M) -> Result<M> {
    if collective.world_size() == 1 {
        return Ok(model);
    }
    let mut flat = flat_parameters(&model);
    let mut size = [flat.len() as f32];
    let mine = size[0];
    collective.all_reduce_sum(&mut size)?;
    if size[0] != mine * collective.world_size() as f32 {
        return Err(Error::Distributed("the workers' models have different numbers of parameters".into()));
    }
    collective.broadcast_f32(0, &mut flat)?;
    struct Load {
        values: Vec<f32>,
        at: usize,
    }
    impl ModuleMapper for Load {
        fn map_float<const D: usize>(&mut self, param: Param<Tensor<D>>) -> Param<Tensor<D>> {
            param.map(|t| {
                let (dims, device) = (t.dims(), t.device());
                let n: usize = dims.iter().product();
                let data = TensorData::new(self.values[self.at..self.at + n].to_vec(), dims);
                self.at += n;
                Tensor::from_data(data, &device)
            })
        }
    }
    Ok(model.map(&mut Load { values: flat, at: 0 }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::distributed::InProcess;

    #[test]
    fn a_field_that_differs_is_named_on_every_worker() {
        let group = InProcess::group(3).unwrap();
        let errors: Vec<String> = std::thread::scope(|s| {
            let handles: Vec<_> = group
                .iter()
                .map(|m| {
                    s.spawn(move || {
                        // Worker 2 has another learning rate.
                        let lr = if m.rank() == 2 { digest(b"0.2") } else { digest(b"0.1") };
                        let fields = [("noise_multiplier", digest(b"1.1")), ("lr", lr)];
                        check_agreement(m, "start", &fields).unwrap_err().to_string()
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        for e in &errors {
            assert!(e.contains("disagree on lr (1 of 3 workers differ"), "{e}");
            assert!(!e.contains("noise_multiplier"), "{e}");
        }
    }

    #[test]
    fn agreement_passes_and_worker_zeros_payload_or_error_reaches_everyone() {
        let group = InProcess::group(2).unwrap();
        std::thread::scope(|s| {
            for m in &group {
                s.spawn(move || {
                    check_agreement(m, "start", &[("lr", digest(b"0.1"))]).unwrap();
                    let sent = if m.rank() == 0 { Ok(b"checkpoint".to_vec()) } else { Ok(Vec::new()) };
                    assert_eq!(broadcast_from_zero(m, sent).unwrap(), b"checkpoint");
                    let failed = if m.rank() == 0 { Err("no such file".into()) } else { Ok(Vec::new()) };
                    let e = broadcast_from_zero(m, failed).unwrap_err().to_string();
                    assert!(e.contains("worker 0: no such file"), "{e}");
                });
            }
        });
    }
}

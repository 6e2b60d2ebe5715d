//! Data-parallel DP-SGD: several workers (processes or threads, one per device) take one DP step
//! together, and the step does not depend on how many there are.
//!
//! At global step t every worker of W:
//! 1. draws the same global Poisson batch I_t from the shared sampling key (in secure mode worker
//!    0 draws the key and [`Collective::broadcast`]s it) and takes its balanced, disjoint slice
//!    ([`rank_slice`]; an empty slice is a fully padded batch that contributes zeros);
//! 2. computes the clipped sum of its slice, Σ_{i in slice} c_i g_i, with the unchanged
//!    single-device code ([`DpSgd::clip_and_sum`](crate::engine::DpSgd::clip_and_sum));
//! 3. joins one all-reduce of every clipped sum and the loss ([`Collective::all_reduce_sum`]):
//!    every worker then holds Σ_{i in I_t} c_i g_i;
//! 4. adds the noise once: the same Philox draw keyed by (key, t, tensor) on every worker, so one
//!    noise vector is added to the one global sum; in secure mode worker 0 alone adds the
//!    discrete Gaussian noise and broadcasts the released sum;
//! 5. divides by the global expected batch size qN and updates; the accountant counts one step
//!    at the global sample rate q.
//!
//! So the sensitivity stays C (each example is in exactly one slice and clipped once), the noise
//! is σC once per step, and the run equals the single-device run up to the order of the sums
//! (the design and its pitfalls: Opacus' DPDDP, JAX-privacy's data-parallel trainer; see
//! README.md, "Data-parallel training").
//!
//! [`Collective`] is the only thing the DP logic needs from the transport. [`SingleProcess`] is
//! the default (W = 1); [`InProcess`] joins threads of one process (one device each, and the
//! in-process tests); `Mpi` (the `mpi` cargo feature) joins processes started by `mpirun` or
//! `srun`, on one machine or many.

use std::sync::{Arc, Barrier, Mutex};

pub mod agreement;
#[cfg(feature = "mpi")]
mod mpi;
#[cfg(feature = "mpi")]
pub use self::mpi::Mpi;

use crate::error::{Error, Result};

/// What a DP step needs from the workers' transport: ranks, one element-wise sum and one
/// broadcast. Every worker must make the same calls in the same order with buffers of the same
/// length (collective semantics, as MPI's).
pub trait Collective {
    /// This worker's rank, `0..world_size()`.
    fn rank(&self) -> usize;

    /// The number of workers W (≥ 1).
    fn world_size(&self) -> usize;

    /// What joins the workers, for the run record (e.g. `MPI: Open MPI v4.1.4`).
    fn describe(&self) -> String;

    /// Replaces `buf` on every worker by the element-wise sum of every worker's `buf`
    /// (MPI_Allreduce with MPI_SUM). Every worker gets the same bits.
    ///
    /// # Errors
    /// [`Error::Distributed`] if the transport fails or the workers' lengths differ.
    fn all_reduce_sum(&self, buf: &mut [f32]) -> Result<()>;

    /// Replaces `buf` on every worker by worker `root`'s `buf` (MPI_Bcast).
    ///
    /// # Errors
    /// [`Error::Distributed`] if the transport fails or the workers' lengths differ.
    fn broadcast(&self, root: usize, buf: &mut [u8]) -> Result<()>;

    /// Worker `root`'s `value` on every worker ([`broadcast`](Self::broadcast) of its 8
    /// little-endian bytes).
    ///
    /// # Errors
    /// As [`broadcast`](Self::broadcast).
    fn broadcast_u64(&self, root: usize, value: u64) -> Result<u64> {
        let mut bytes = value.to_le_bytes();
        self.broadcast(root, &mut bytes)?;
        Ok(u64::from_le_bytes(bytes))
    }

    /// Replaces `buf` on every worker by worker `root`'s ([`broadcast`](Self::broadcast) of
    /// its little-endian bytes: every bit kept).
    ///
    /// # Errors
    /// As [`broadcast`](Self::broadcast).
    fn broadcast_f32(&self, root: usize, buf: &mut [f32]) -> Result<()> {
        let mut bytes: Vec<u8> = buf.iter().flat_map(|v| v.to_le_bytes()).collect();
        self.broadcast(root, &mut bytes)?;
        for (v, b) in buf.iter_mut().zip(bytes.chunks_exact(4)) {
            *v = f32::from_le_bytes([b[0], b[1], b[2], b[3]]);
        }
        Ok(())
    }
}

/// One worker alone: rank 0 of 1; the collectives leave the buffers as they are.
#[derive(Clone, Copy, Debug, Default)]
pub struct SingleProcess;

impl Collective for SingleProcess {
    fn rank(&self) -> usize {
        0
    }

    fn world_size(&self) -> usize {
        1
    }

    fn describe(&self) -> String {
        "single process".into()
    }

    fn all_reduce_sum(&self, _buf: &mut [f32]) -> Result<()> {
        Ok(())
    }

    fn broadcast(&self, _root: usize, _buf: &mut [u8]) -> Result<()> {
        Ok(())
    }
}

/// Workers that are threads of one process (e.g. one per GPU of a machine, or the tests): a
/// group made by [`InProcess::group`], one member moved into each thread.
///
/// Each collective waits at a barrier for every member, so a member that stops calling (an error
/// on its thread) leaves the others waiting: end every thread's loop on the same condition.
/// The sum is taken in rank order on every member, so every member gets the same bits.
pub struct InProcess {
    rank: usize,
    world_size: usize,
    shared: Arc<Shared>,
}

struct Shared {
    barrier: Barrier,
    floats: Mutex<Vec<Vec<f32>>>,
    bytes: Mutex<Vec<u8>>,
}

impl InProcess {
    /// A group of `world_size` members, rank 0 first.
    ///
    /// # Errors
    /// [`Error::InvalidParameter`] naming `world_size` if it is 0.
    pub fn group(world_size: usize) -> Result<Vec<InProcess>> {
        if world_size == 0 {
            return Err(Error::invalid("world_size", 0, "at least 1"));
        }
        let shared = Arc::new(Shared {
            barrier: Barrier::new(world_size),
            floats: Mutex::new(vec![Vec::new(); world_size]),
            bytes: Mutex::new(Vec::new()),
        });
        Ok((0..world_size).map(|rank| InProcess { rank, world_size, shared: shared.clone() }).collect())
    }
}

fn poisoned<T>(_: T) -> Error {
    Error::Distributed("another worker panicked during a collective".into())
}

impl Collective for InProcess {
    fn rank(&self) -> usize {
        self.rank
    }

    fn world_size(&self) -> usize {
        self.world_size
    }

    fn describe(&self) -> String {
        format!("{} threads of one process", self.world_size)
    }

    fn all_reduce_sum(&self, buf: &mut [f32]) -> Result<()> {
        self.shared.floats.lock().map_err(poisoned)?[self.rank] = buf.to_vec();
        self.shared.barrier.wait();
        let result = {
            let all = self.shared.floats.lock().map_err(poisoned)?;
            match all.iter().position(|b| b.len() != buf.len()) {
                Some(r) => Err(Error::Distributed(format!(
                    "all-reduce: worker {r} sent {} values, worker {} sent {}",
                    all[r].len(),
                    self.rank,
                    buf.len()
                ))),
                None => {
                    buf.fill(0.0);
                    for b in all.iter() {
                        buf.iter_mut().zip(b).for_each(|(x, y)| *x += y);
                    }
                    Ok(())
                }
            }
        };
        // Nobody deposits the next buffer before everyone has read this one.
        self.shared.barrier.wait();
        result
    }

    fn broadcast(&self, root: usize, buf: &mut [u8]) -> Result<()> {
        if self.rank == root {
            *self.shared.bytes.lock().map_err(poisoned)? = buf.to_vec();
        }
        self.shared.barrier.wait();
        let result = {
            let sent = self.shared.bytes.lock().map_err(poisoned)?;
            if sent.len() == buf.len() {
                buf.copy_from_slice(&sent);
                Ok(())
            } else {
                Err(Error::Distributed(format!(
                    "broadcast: worker {root} sent {} bytes, worker {} expected {}",
                    sent.len(),
                    self.rank,
                    buf.len()
                )))
            }
        };
        self.shared.barrier.wait();
        result
    }
}

/// Worker `rank`'s share of a global logical batch: the `rank`-th of `world_size` contiguous,
/// disjoint slices that together cover `indices`, their sizes differing by at most one
/// (`indices[⌊n·r/W⌋ .. ⌊n·(r+1)/W⌋]`). May be empty.
///
/// # Panics
/// If `rank >= world_size`.
pub fn rank_slice(indices: &[usize], rank: usize, world_size: usize) -> &[usize] {
    assert!(rank < world_size, "rank {rank} out of {world_size} workers");
    let n = indices.len();
    &indices[n * rank / world_size..n * (rank + 1) / world_size]
}

/// Worker 0's sampling key of this step, known to every worker: in secure mode worker 0 draws
/// it (`draw`) and broadcasts it; otherwise every worker computes the same `shared` key.
///
/// # Errors
/// From `draw` or the broadcast.
pub fn shared_sampling_key(
    collective: &dyn Collective,
    secure: bool,
    shared: u64,
    draw: impl FnOnce() -> Result<u64>,
) -> Result<u64> {
    if !secure {
        return Ok(shared);
    }
    let mine = if collective.rank() == 0 { draw()? } else { 0 };
    collective.broadcast_u64(0, mine)
}

/// A random key every worker shares: worker 0 draws it from the OS CSPRNG and broadcasts it. For
/// the Poisson sampler of a data-parallel run (`PoissonSampler::new(n, q, key)`), so that every
/// worker draws the same global batch and [`rank_slice`] gives disjoint shares; a sampler keyed
/// separately on each worker would let one example into two shares, and the sensitivity would
/// exceed C.
///
/// # Errors
/// [`Error::Backend`] if the OS random number generator fails; errors of the broadcast.
pub fn shared_random_key(collective: &dyn Collective) -> Result<u64> {
    shared_sampling_key(collective, true, 0, crate::privacy::keys::random_noise_seed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rank_slices_are_disjoint_balanced_and_cover_the_batch() {
        for n in [0usize, 1, 2, 5, 7, 64, 101] {
            let indices: Vec<usize> = (0..n).map(|i| 3 * i + 1).collect();
            for w in 1..=4 {
                let slices: Vec<&[usize]> = (0..w).map(|r| rank_slice(&indices, r, w)).collect();
                let joined: Vec<usize> = slices.concat();
                assert_eq!(joined, indices, "n {n}, W {w}: the slices in rank order are the batch");
                let (lo, hi) = (
                    slices.iter().map(|s| s.len()).min().unwrap(),
                    slices.iter().map(|s| s.len()).max().unwrap(),
                );
                assert!(hi - lo <= 1, "n {n}, W {w}: sizes {lo}..{hi}");
            }
        }
    }

    #[test]
    fn in_process_sums_and_broadcasts_across_threads() {
        let group = InProcess::group(3).unwrap();
        let results: Vec<(Vec<f32>, Vec<u8>)> = std::thread::scope(|s| {
            let handles: Vec<_> = group
                .iter()
                .map(|member| {
                    s.spawn(move || {
                        let r = member.rank() as f32;
                        let mut buf = vec![r, 10.0 * r, 1.0];
                        member.all_reduce_sum(&mut buf).unwrap();
                        let mut bytes = [member.rank() as u8; 4];
                        member.broadcast(2, &mut bytes).unwrap();
                        // A second round reuses the slots.
                        let mut again = vec![1.0f32];
                        member.all_reduce_sum(&mut again).unwrap();
                        buf.push(again[0]);
                        (buf, bytes.to_vec())
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        for (buf, bytes) in results {
            assert_eq!(buf, vec![3.0, 30.0, 3.0, 3.0]);
            assert_eq!(bytes, vec![2u8; 4]);
        }
    }

    #[test]
    fn unequal_lengths_are_an_error_on_every_worker() {
        let group = InProcess::group(2).unwrap();
        std::thread::scope(|s| {
            for member in &group {
                s.spawn(move || {
                    let mut buf = vec![0.0f32; 2 + member.rank()];
                    let err = member.all_reduce_sum(&mut buf).unwrap_err().to_string();
                    assert!(err.contains("sent 3 values") || err.contains("sent 2 values"), "{err}");
                });
            }
        });
        assert!(InProcess::group(0).is_err());
    }
}

//! [`Collective`] over MPI (rsmpi): one process per device, started by `mpirun` or `srun`.

use ::mpi::collective::SystemOperation;
use ::mpi::environment::Universe;
use ::mpi::topology::{Communicator, SimpleCommunicator};
use ::mpi::traits::{CommunicatorCollectives, Root};

use super::Collective;
use crate::error::{Error, Result};

/// The largest count one MPI call takes (`int`), kept well below it.
const CHUNK: usize = 1 << 28;

/// The processes of `MPI_COMM_WORLD`; MPI is finalised when this is dropped.
pub struct Mpi {
    // Dropped after `world` (fields drop in order): MPI_Finalize last.
    world: SimpleCommunicator,
    local_rank: usize,
    local_size: usize,
    _universe: Universe,
}

impl Mpi {
    /// Initialises MPI (`MPI_Init`) and joins `MPI_COMM_WORLD`.
    ///
    /// # Errors
    /// [`Error::Distributed`] if MPI was already initialised in this process.
    pub fn init() -> Result<Self> {
        let universe = ::mpi::initialize()
            .ok_or_else(|| Error::Distributed("MPI was already initialised in this process".into()))?;
        let world = universe.world();
        let node = world.split_shared(world.rank());
        let (local_rank, local_size) = (node.rank() as usize, node.size() as usize);
        Ok(Mpi { world, local_rank, local_size, _universe: universe })
    }

    /// This process's rank among the processes of its machine (`MPI_COMM_TYPE_SHARED`): which of
    /// the machine's GPUs it drives.
    pub fn local_rank(&self) -> usize {
        self.local_rank
    }

    /// The number of processes on this machine.
    pub fn local_size(&self) -> usize {
        self.local_size
    }

    /// Ends every process of the job (`MPI_Abort`), for an error that only this process met:
    /// the others would otherwise wait for it in the next collective.
    pub fn abort(&self, code: i32) -> ! {
        self.world.abort(code)
    }

    /// The MPI library's version string (`MPI_Get_library_version`), for the run record.
    pub fn library_version() -> String {
        ::mpi::environment::library_version().unwrap_or_else(|_| "unknown".into()).trim().to_string()
    }
}

impl Collective for Mpi {
    fn rank(&self) -> usize {
        self.world.rank() as usize
    }

    fn world_size(&self) -> usize {
        self.world.size() as usize
    }

    fn describe(&self) -> String {
        let version = Mpi::library_version();
        format!("MPI: {}", version.split(',').next().unwrap_or(&version))
    }

    fn all_reduce_sum(&self, buf: &mut [f32]) -> Result<()> {
        for chunk in buf.chunks_mut(CHUNK) {
            let send = chunk.to_vec();
            self.world.all_reduce_into(&send[..], chunk, SystemOperation::sum());
        }
        Ok(())
    }

    fn broadcast(&self, root: usize, buf: &mut [u8]) -> Result<()> {
        if root >= self.world_size() {
            return Err(Error::Distributed(format!("broadcast from rank {root} of {}", self.world_size())));
        }
        let root = self.world.process_at_rank(root as i32);
        for chunk in buf.chunks_mut(CHUNK) {
            root.broadcast_into(chunk);
        }
        Ok(())
    }
}

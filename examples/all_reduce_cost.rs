//! The cost of one data-parallel step's all-reduce alone: `MPI_Allreduce` (sum) of one `f32` per
//! parameter, at each of the paper's models' sizes, median of 50 after 5 warm-up calls.
//!
//! `cargo build --release --features mpi --example all_reduce_cost`, then
//! `mpirun -np 2 target/release/examples/all_reduce_cost` (rank 0 prints a Markdown table).

use dpgpu::distributed::{Collective, Mpi};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mpi = Mpi::init()?;
    let sizes = [
        ("logreg", 105usize),
        ("ffnn", 5_352),
        ("mnist", 26_010),
        ("embed", 160_370),
        ("cifar10", 605_226),
        ("lstm", 1_081_002),
        ("10M", 10_000_000),
    ];
    if mpi.rank() == 0 {
        println!("{} ranks, {}", mpi.world_size(), mpi.describe());
        println!("| model | parameters | MB per rank | all-reduce ms (median of 50) |");
        println!("|---|---|---|---|");
    }
    for (name, n) in sizes {
        let mut buf = vec![1.0f32; n];
        let mut times = Vec::new();
        for i in 0..55 {
            let start = std::time::Instant::now();
            mpi.all_reduce_sum(&mut buf)?;
            if i >= 5 {
                times.push(start.elapsed().as_secs_f64());
            }
        }
        times.sort_by(f64::total_cmp);
        if mpi.rank() == 0 {
            let mb = n as f64 * 4.0 / 1e6;
            println!("| {name} | {n} | {mb:.2} | {:.3} |", times[times.len() / 2] * 1e3);
        }
    }
    Ok(())
}

//! The `dpgpu` command line: glue between clap and the library.
//!
//! Exit codes: 0 success, 2 bad input (flags, data files, unavailable backend; clap's usage
//! errors are 2 too), 1 any other failure.

use std::process::ExitCode;

use clap::Parser;

mod cli;

fn main() -> ExitCode {
    // Die quietly on a closed pipe (`dpgpu models | head`), as command-line tools do, instead of
    // panicking in println!.
    #[cfg(unix)]
    // SAFETY: restoring the default disposition of SIGPIPE before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    match cli::run(cli::Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            // dpgpu's own errors already carry their cause in the message; others get the chain.
            let ours = err.downcast_ref::<dpgpu::Error>();
            match ours {
                Some(e) => eprintln!("dpgpu: {e}"),
                None => eprintln!("dpgpu: {err:#}"),
            }
            let bad_input = ours.is_some_and(|e| e.is_invalid_input());
            ExitCode::from(if bad_input { 2 } else { 1 })
        }
    }
}

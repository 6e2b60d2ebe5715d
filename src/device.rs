//! Run-time choice of the compute backend.
//!
//! `auto` takes a hardware GPU when wgpu finds one (on the platform's preferred graphics API)
//! and otherwise Burn's pure-Rust CPU backend (`flex`). A software adapter such as Mesa's
//! lavapipe is only used when its graphics API is named explicitly (`vulkan`). On every wgpu
//! device the DP kernels run as WGSL shaders; on `cpu` they run as tensor operations.
//!
//! ```no_run
//! let dev = dpgpu::device::select("cpu".parse().unwrap()).unwrap();
//! println!("{}", dev.describe());
//! ```

use std::collections::HashMap;
use std::fmt;
use std::sync::{Mutex, OnceLock};

use burn::tensor::wgpu::WgpuBackend;
use burn::tensor::{Device, DeviceKind, Tensor};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// The backend asked for on the command line (`--backend`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BackendChoice {
    /// A hardware GPU if there is one, else `cpu`.
    Auto,
    /// wgpu on Vulkan (hardware first; a software adapter such as lavapipe if that is all).
    Vulkan,
    /// wgpu on Metal.
    Metal,
    /// wgpu on DirectX 12.
    Dx12,
    /// wgpu on OpenGL / GLES.
    Gl,
    /// Burn's pure-Rust CPU backend (`flex`).
    Cpu,
}

impl BackendChoice {
    /// Every choice, in the order shown in help texts.
    pub const ALL: [BackendChoice; 6] = [
        BackendChoice::Auto,
        BackendChoice::Vulkan,
        BackendChoice::Metal,
        BackendChoice::Dx12,
        BackendChoice::Gl,
        BackendChoice::Cpu,
    ];

    /// The lowercase name used by `--backend` and in result files.
    pub fn name(self) -> &'static str {
        match self {
            BackendChoice::Auto => "auto",
            BackendChoice::Vulkan => "vulkan",
            BackendChoice::Metal => "metal",
            BackendChoice::Dx12 => "dx12",
            BackendChoice::Gl => "gl",
            BackendChoice::Cpu => "cpu",
        }
    }

    /// One line on what this value does, as `--help` shows it.
    pub fn help(self) -> &'static str {
        match self {
            BackendChoice::Auto => "the first hardware GPU wgpu finds, else cpu",
            BackendChoice::Vulkan => "wgpu on Vulkan (NVIDIA, AMD, Intel; lavapipe in software)",
            BackendChoice::Metal => "wgpu on Metal (Apple)",
            BackendChoice::Dx12 => "wgpu on DirectX 12 (Windows)",
            BackendChoice::Gl => "wgpu on OpenGL ES",
            BackendChoice::Cpu => "Burn's pure-Rust CPU backend (flex), no WGSL kernels",
        }
    }

    fn graphics_api(self) -> Option<(WgpuBackend, wgpu::Backends)> {
        match self {
            BackendChoice::Vulkan => Some((WgpuBackend::Vulkan, wgpu::Backends::VULKAN)),
            BackendChoice::Metal => Some((WgpuBackend::Metal, wgpu::Backends::METAL)),
            BackendChoice::Dx12 => Some((WgpuBackend::Dx12, wgpu::Backends::DX12)),
            BackendChoice::Gl => Some((WgpuBackend::Gl, wgpu::Backends::GL)),
            BackendChoice::Auto | BackendChoice::Cpu => None,
        }
    }
}

impl fmt::Display for BackendChoice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

crate::choice::value_enum!(BackendChoice, "backend");

/// One adapter as wgpu reports it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdapterSummary {
    /// The adapter's name, e.g. "NVIDIA H200" or "llvmpipe (LLVM 15.0.6, 256 bits)".
    pub name: String,
    /// PCI vendor id (0x10de NVIDIA, 0x1002 AMD, 0x8086 Intel, 0x10005 Mesa).
    pub vendor: u32,
    /// wgpu's device type: DiscreteGpu, IntegratedGpu, VirtualGpu, Cpu or Other.
    pub device_type: String,
    /// Driver name.
    pub driver: String,
    /// Driver version text.
    pub driver_info: String,
    /// Graphics API: vulkan, metal, dx12 or gl.
    pub api: String,
    /// The largest buffer a shader can bind, bytes: wgpu's `max_storage_buffer_binding_size`
    /// bounded by `max_buffer_size` (lavapipe: 128 MiB). `None` in files written before it was
    /// recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_buffer_bytes: Option<u64>,
    #[serde(skip)]
    kind: Option<DeviceKindTag>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DeviceKindTag {
    Discrete(usize),
    Integrated(usize),
    Virtual(usize),
    Cpu,
}

impl AdapterSummary {
    /// True for a software adapter (wgpu device type `Cpu`, e.g. lavapipe, SwiftShader, WARP).
    pub fn is_software(&self) -> bool {
        matches!(self.kind, Some(DeviceKindTag::Cpu) | None)
    }

    /// One line: name, API, type, driver.
    pub fn describe(&self) -> String {
        format!(
            "{} ({}, {}, vendor 0x{:04x}, driver {} {})",
            self.name, self.api, self.device_type, self.vendor, self.driver, self.driver_info
        )
    }
}

/// Lists the adapters wgpu finds on Vulkan, Metal, DirectX 12 and OpenGL, in that order.
///
/// Opens no device. Adapters of type `Other` are listed but never selected.
pub fn list_adapters() -> Vec<AdapterSummary> {
    let apis = [BackendChoice::Vulkan, BackendChoice::Metal, BackendChoice::Dx12, BackendChoice::Gl];
    apis.into_iter().flat_map(adapters_on).collect()
}

fn adapters_on(choice: BackendChoice) -> Vec<AdapterSummary> {
    let Some((_, backends)) = choice.graphics_api() else { return Vec::new() };
    let mut desc = wgpu::InstanceDescriptor::new_without_display_handle();
    desc.backends = backends;
    let instance = wgpu::Instance::new(desc);
    let infos: Vec<(wgpu::AdapterInfo, u64)> = pollster::block_on(instance.enumerate_adapters(backends))
        .into_iter()
        .map(|a| {
            let limits = a.limits();
            (a.get_info(), (limits.max_storage_buffer_binding_size as u64).min(limits.max_buffer_size))
        })
        .collect();
    let mut counts = [0usize; 3];
    infos
        .into_iter()
        .map(|(info, max_buffer)| {
            let mut next = |i: usize| {
                counts[i] += 1;
                counts[i] - 1
            };
            let kind = match info.device_type {
                wgpu::DeviceType::DiscreteGpu => Some(DeviceKindTag::Discrete(next(0))),
                wgpu::DeviceType::IntegratedGpu => Some(DeviceKindTag::Integrated(next(1))),
                wgpu::DeviceType::VirtualGpu => Some(DeviceKindTag::Virtual(next(2))),
                wgpu::DeviceType::Cpu => Some(DeviceKindTag::Cpu),
                wgpu::DeviceType::Other => None,
            };
            AdapterSummary {
                name: info.name,
                vendor: info.vendor,
                device_type: format!("{:?}", info.device_type),
                driver: info.driver,
                driver_info: info.driver_info,
                api: choice.name().to_string(),
                max_buffer_bytes: Some(max_buffer),
                kind,
            }
        })
        .collect()
}

/// A ready device plus what it is.
#[derive(Clone, Debug)]
pub struct ComputeDevice {
    /// The Burn device (without autodiff); `device.clone().autodiff()` gives the tracked one.
    pub device: Device,
    /// The backend actually used (never `Auto`).
    pub backend: BackendChoice,
    /// The wgpu adapter, `None` for `cpu`.
    pub adapter: Option<AdapterSummary>,
}

impl ComputeDevice {
    /// True when the DP kernels run as WGSL shaders (every wgpu device), false when they run as
    /// tensor operations (`cpu`).
    pub fn uses_wgsl_kernels(&self) -> bool {
        self.adapter.is_some()
    }

    /// What the `auto` planner knows of this device ([`crate::grad_sample::CostModel`]), with
    /// `memory_budget_bytes` as the cap on the per-sample step's memory (`None`: no cap).
    pub fn cost_model(&self, memory_budget_bytes: Option<u64>) -> crate::grad_sample::CostModel {
        let mut model = match &self.adapter {
            Some(a) => crate::grad_sample::CostModel::wgpu(a.is_software(), a.max_buffer_bytes),
            None => crate::grad_sample::CostModel::cpu(),
        };
        model.memory_budget_bytes = memory_budget_bytes;
        model
    }

    /// The device's key in result file names and reports: see [`device_key`].
    pub fn key(&self) -> String {
        device_key(self.backend.name(), self.adapter.as_ref().map(|a| a.name.as_str()))
    }

    /// One line for logs and result files: backend and adapter.
    pub fn describe(&self) -> String {
        match &self.adapter {
            Some(a) => format!("{}: {}", self.backend, a.describe()),
            None => "cpu: burn flex (pure-Rust CPU backend)".to_string(),
        }
    }
}

/// A short, file-name-safe key for a device: the backend name, then the adapter's name in lower
/// case with every run of other characters than `a-z0-9` turned into one `-`, at most 48
/// characters: `cpu`, `vulkan-llvmpipe-llvm-15-0-6-256-bits`, `vulkan-nvidia-h200`. The `cpu`
/// backend's key is `cpu` whatever `adapter` says (peers record the CPU model there; the host is
/// recorded apart, as `machine`). Result files carry it in their names, so any number of devices
/// bench into one folder, and `dpgpu report` keeps their runs apart by it.
pub fn device_key(backend: &str, adapter: Option<&str>) -> String {
    match backend {
        "cpu" => "cpu".to_string(),
        _ => slug(&format!("{backend} {}", adapter.unwrap_or_default())),
    }
}

/// `text` in lower case, every run of characters other than `a-z0-9` one `-`, no `-` at either
/// end, at most 48 characters.
pub fn slug(text: &str) -> String {
    let mut key = String::new();
    for c in text.chars().map(|c| c.to_ascii_lowercase()) {
        if c.is_ascii_alphanumeric() {
            if key.len() >= 48 {
                break;
            }
            key.push(c);
        } else if !key.is_empty() && !key.ends_with('-') {
            key.push('-');
        }
    }
    key.trim_end_matches('-').to_string()
}

/// Opens the device for `choice`.
///
/// Repeated calls with the same choice return the same device (a wgpu runtime can be
/// initialised only once per process).
///
/// # Errors
/// [`Error::BackendUnavailable`] when the named graphics API has no adapter (the message lists
/// what was found), or wgpu fails to open the adapter.
pub fn select(choice: BackendChoice) -> Result<ComputeDevice> {
    static OPENED: OnceLock<Mutex<HashMap<BackendChoice, ComputeDevice>>> = OnceLock::new();
    let mut opened = OPENED.get_or_init(Default::default).lock().unwrap_or_else(|e| e.into_inner());
    if let Some(dev) = opened.get(&choice) {
        return Ok(dev.clone());
    }
    let dev = open(choice)?;
    opened.insert(choice, dev.clone());
    Ok(dev)
}

/// Opens the device that worker `local_rank` of a machine drives in a data-parallel run: the
/// `local_rank`-th hardware adapter of `choice`'s graphics API (all APIs for `auto`), counted
/// from 0 and wrapping around when the machine has fewer adapters than workers (two workers then
/// share one). Without hardware adapters, or for `cpu`, it is [`select`]'s device.
///
/// # Errors
/// As [`select`].
pub fn select_local(choice: BackendChoice, local_rank: usize) -> Result<ComputeDevice> {
    let hardware: Vec<AdapterSummary> = match choice {
        BackendChoice::Cpu => Vec::new(),
        BackendChoice::Auto => list_adapters(),
        api => adapters_on(api),
    }
    .into_iter()
    .filter(|a| !a.is_software())
    .collect();
    if local_rank == 0 || hardware.is_empty() {
        return select(choice);
    }
    let adapter = hardware[local_rank % hardware.len()].clone();
    let api = match choice {
        BackendChoice::Auto => adapter.api.parse()?,
        api => api,
    };
    open_wgpu(api, adapter)
}

fn open(choice: BackendChoice) -> Result<ComputeDevice> {
    let cpu = || ComputeDevice { device: Device::flex(), backend: BackendChoice::Cpu, adapter: None };
    match choice {
        BackendChoice::Cpu => Ok(cpu()),
        BackendChoice::Auto => {
            let hardware = list_adapters().into_iter().find(|a| !a.is_software());
            match hardware {
                Some(adapter) => {
                    let api: BackendChoice = adapter.api.parse()?;
                    open_wgpu(api, adapter)
                }
                None => Ok(cpu()),
            }
        }
        api => {
            let found = adapters_on(api);
            let best = found
                .iter()
                .find(|a| !a.is_software())
                .or_else(|| found.iter().find(|a| a.kind.is_some()))
                .cloned();
            match best {
                Some(adapter) => open_wgpu(api, adapter),
                None => Err(unavailable(api)),
            }
        }
    }
}

fn unavailable(api: BackendChoice) -> Error {
    let all = list_adapters();
    let found = if all.is_empty() {
        "no wgpu adapter on any graphics API (use --backend cpu, or install a Vulkan driver \
         such as Mesa's lavapipe: apt-get install mesa-vulkan-drivers)"
            .to_string()
    } else {
        all.iter().map(|a| a.describe()).collect::<Vec<_>>().join("; ")
    };
    Error::BackendUnavailable { requested: api.to_string(), found }
}

fn open_wgpu(api: BackendChoice, adapter: AdapterSummary) -> Result<ComputeDevice> {
    let (graphics_api, _) = api.graphics_api().expect("a wgpu graphics API");
    let kind = match adapter.kind {
        Some(DeviceKindTag::Discrete(i)) => DeviceKind::DiscreteGpu(i),
        Some(DeviceKindTag::Integrated(i)) => DeviceKind::IntegratedGpu(i),
        Some(DeviceKindTag::Virtual(i)) => DeviceKind::VirtualGpu(i),
        Some(DeviceKindTag::Cpu) | None => DeviceKind::Cpu,
    };
    let device = Device::wgpu_options()
        .graphics_api(graphics_api)
        .device_kind(kind)
        .init()
        .map_err(|e| Error::Backend(format!("opening {} on {api}: {e}", adapter.name)))?;
    Ok(ComputeDevice { device, backend: api, adapter: Some(adapter) })
}

/// Waits for every operation queued on `dev`.
///
/// # Errors
/// [`Error::Backend`] with Burn's report when the device fails (Burn reports device errors as
/// text; [`check_written`] asks CubeCL for the typed error).
pub fn sync(dev: &ComputeDevice) -> Result<()> {
    dev.device.sync().map_err(|e| Error::Backend(format!("{e:?}")))
}

/// Checks that the work which wrote `tensors` succeeded, from CubeCL's typed answer for their
/// buffers: a failed allocation or launch is recorded on the buffers it never wrote (and on
/// everything computed from them), so checking a model's parameters after a step checks the
/// whole step. Nothing to check on `cpu`, where a failure is a panic or an abort.
///
/// # Errors
/// [`Error::OutOfMemory`] when the failure is (or carries) CubeCL's `IoError::OutOfMemory`,
/// `IoError::BufferTooBig` or `LaunchError::OutOfMemory`; [`Error::Backend`] for any other
/// failure.
pub fn check_written(dev: &ComputeDevice, tensors: Vec<Tensor<1>>) -> Result<()> {
    if !dev.uses_wgsl_kernels() {
        return Ok(());
    }
    for t in tensors {
        if let Some(e) = crate::kernels::wgsl::buffer_failure(t, &dev.device) {
            return Err(server_error(&e));
        }
    }
    Ok(())
}

/// dpgpu's error for a CubeCL server error: out of memory when it is one, or carries one
/// (through `Unwritten` and `Several`), else [`Error::Backend`] with its text.
pub fn server_error(e: &burn_cubecl::cubecl::server::ServerError) -> Error {
    match out_of_memory(e) {
        Some(bytes) => Error::OutOfMemory { bytes, limit: None },
        None => Error::Backend(e.to_string()),
    }
}

/// `Some(size)` when `e` is or carries an out-of-memory error (`size` the refused allocation in
/// bytes, when known). An allocation above the device's largest buffer (`BufferTooBig`, e.g.
/// lavapipe's 128 MiB) counts too: the run does not fit on this device either way.
fn out_of_memory(e: &burn_cubecl::cubecl::server::ServerError) -> Option<Option<u64>> {
    use burn_cubecl::cubecl::server::{IoError, LaunchError, ServerError};
    match e {
        ServerError::Io(IoError::OutOfMemory { size, .. } | IoError::BufferTooBig { size, .. }) => {
            Some(Some(*size))
        }
        ServerError::Launch(LaunchError::OutOfMemory { .. }) => Some(None),
        ServerError::Unwritten { root, .. } => out_of_memory(root),
        ServerError::Several { errors, .. } => errors.iter().find_map(out_of_memory),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn out_of_memory_is_found_inside_the_errors_that_carry_it() {
        use burn_cubecl::cubecl::server::{IoError, LaunchError, ServerError};
        let oom = || ServerError::Io(IoError::OutOfMemory { size: 4096, backtrace: Default::default() });
        let launch_oom = ServerError::Launch(LaunchError::OutOfMemory {
            reason: "no room".into(),
            backtrace: Default::default(),
        });
        let other = || ServerError::Generic { reason: "boom".into(), backtrace: Default::default() };
        let unwritten = ServerError::Unwritten {
            failure: 1,
            claimed: 1,
            chain: Vec::new(),
            root: Box::new(oom()),
            backtrace: Default::default(),
        };
        let several = ServerError::Several { errors: vec![other(), oom()], backtrace: Default::default() };
        let too_big = ServerError::Io(IoError::BufferTooBig { size: 1 << 30, backtrace: Default::default() });
        assert_eq!(out_of_memory(&too_big), Some(Some(1 << 30)));
        for (e, want) in [(oom(), Some(Some(4096))), (launch_oom, Some(None)), (unwritten, Some(Some(4096)))]
        {
            assert_eq!(out_of_memory(&e), want, "{e}");
        }
        assert!(matches!(server_error(&several), Error::OutOfMemory { bytes: Some(4096), limit: None }));
        assert!(matches!(server_error(&other()), Error::Backend(m) if m.contains("boom")));
    }

    #[test]
    fn device_keys_are_short_file_name_safe_and_distinct() {
        assert_eq!(device_key("cpu", None), "cpu");
        assert_eq!(device_key("cpu", Some("Intel(R) Xeon(R) Processor")), "cpu");
        assert_eq!(
            device_key("vulkan", Some("llvmpipe (LLVM 15.0.6, 256 bits)")),
            "vulkan-llvmpipe-llvm-15-0-6-256-bits"
        );
        assert_eq!(device_key("metal", Some("Apple M2 Pro")), "metal-apple-m2-pro");
        assert_ne!(device_key("vulkan", Some("NVIDIA H200")), device_key("vulkan", Some("NVIDIA H100")));
        let long = device_key("vulkan", Some(&"x".repeat(100)));
        assert!(long.len() <= 48 && long.starts_with("vulkan-x"), "{long}");
    }

    #[test]
    fn backend_names_round_trip_and_bad_names_list_the_choices() {
        for b in BackendChoice::ALL {
            assert_eq!(b.name().parse::<BackendChoice>().unwrap(), b);
        }
        let err = "cuda".parse::<BackendChoice>().unwrap_err().to_string();
        assert!(err.contains("backend") && err.contains("vulkan") && err.contains("cpu"), "{err}");
    }
}

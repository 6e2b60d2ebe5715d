//! Launchers for the WGSL shaders in `shaders/`, as a Burn backend extension on CubeCL's wgpu
//! runtime (with fusion: the op is registered lazily in the fusion stream).
//!
//! Every shader uses storage buffers at group 0 in the order of its `@binding`s, the last one a
//! `u32` info buffer holding sizes and bit-cast scalars. Workgroups are 256 invocations; a
//! launch wider than 65,535 workgroups folds into a second grid dimension.

use burn::backend::tensor::FloatTensor;
use burn::backend::{Backend, Dispatch, backend_extension};
use burn::tensor::{DType, Shape, Tensor};
use burn_cubecl::cubecl::prelude::KernelId;
use burn_cubecl::cubecl::server::{KernelArguments, ServerError};
use burn_cubecl::cubecl::{CubeCount, CubeDim};
use burn_cubecl::kernel::into_contiguous;
use burn_cubecl::ops::numeric::empty_device_contiguous_dtype;
use burn_cubecl::template::{KernelSource, SourceKernel, SourceTemplate};
use burn_cubecl::{CubeBackend, tensor::CubeTensor};

use super::{AdamStep, NoiseSpec};

const WORKGROUP: u32 = 256;
const MAX_GROUPS: u32 = 65_535;

macro_rules! wgsl_kernel {
    ($name:ident, $($file:literal),+) => {
        struct $name;
        impl KernelSource for $name {
            fn source(&self) -> SourceTemplate {
                SourceTemplate::new(concat!($(include_str!(concat!("../../shaders/", $file))),+))
                    .register("workgroup_size", WORKGROUP.to_string())
            }
            fn id(&self) -> KernelId {
                KernelId::new::<Self>()
            }
            fn lang(&self) -> &'static str {
                "wgsl"
            }
        }
    };
}

wgsl_kernel!(SqNorms, "sq_norms_f32.wgsl");
wgsl_kernel!(ClipFactors, "clip_factors_f32.wgsl");
wgsl_kernel!(ClipAccumulate, "clip_accumulate_f32.wgsl");
wgsl_kernel!(NoisySgd, "philox.wgsl", "noisy_sgd_f32.wgsl");
wgsl_kernel!(NoisyAdam, "philox.wgsl", "noisy_adam_f32.wgsl");
wgsl_kernel!(PhiloxKat, "philox.wgsl", "philox_kat.wgsl");
wgsl_kernel!(ConvGradSample, "conv_grad_sample_f32.wgsl");

/// The DP kernels as a backend extension: implemented for CubeCL backends (WGSL shaders) and
/// registered lazily under fusion. Call them through the `Tensor` functions of [`super`].
#[backend_extension(Cube, Fusion)]
pub trait DpKernels: Backend {
    /// See [`super::sq_norms`].
    #[fusion(dtype = acc, shape = acc)]
    fn dp_sq_norms(grads: FloatTensor<Self>, acc: FloatTensor<Self>) -> FloatTensor<Self>;
    /// See [`super::clip_factors`].
    #[fusion(dtype = sq_norms, shape = sq_norms)]
    fn dp_clip_factors(sq_norms: FloatTensor<Self>, max_grad_norm: f32) -> FloatTensor<Self>;
    /// See [`super::clip_and_accumulate`].
    #[fusion(dtype = grads, shape = columns(grads))]
    fn dp_clip_accumulate(grads: FloatTensor<Self>, factors: FloatTensor<Self>) -> FloatTensor<Self>;
    /// See [`super::noisy_sgd`].
    #[fusion(dtype = param, shape = param)]
    #[allow(clippy::too_many_arguments)]
    fn dp_noisy_sgd(
        param: FloatTensor<Self>,
        summed: FloatTensor<Self>,
        seed: u64,
        step: u64,
        tensor_id: u32,
        std: f32,
        inv_batch: f32,
        lr: f32,
    ) -> FloatTensor<Self>;
    /// See [`super::noisy_adam`]; returns `[3p]`: the parameter, then m, then v.
    #[fusion(dtype = param, shape = triple(param))]
    #[allow(clippy::too_many_arguments)]
    fn dp_noisy_adam(
        param: FloatTensor<Self>,
        summed: FloatTensor<Self>,
        m: FloatTensor<Self>,
        v: FloatTensor<Self>,
        seed: u64,
        step: u64,
        tensor_id: u32,
        std: f32,
        inv_batch: f32,
        lr: f32,
        beta1: f32,
        beta2: f32,
        eps: f32,
        c1: f32,
        c2: f32,
    ) -> FloatTensor<Self>;
    /// See [`conv_grad_sample`]; `info` as in `shaders/conv_grad_sample_f32.wgsl`.
    #[fusion(dtype = input, shape = conv_output(info))]
    fn dp_conv_grad_sample(
        input: FloatTensor<Self>,
        backprops: FloatTensor<Self>,
        info: Vec<u32>,
    ) -> FloatTensor<Self>;
    /// Philox4x32-10 blocks: `[6n]` words (counter, key) in, `[4n]` words out, as f32 bit
    /// patterns (see [`philox_blocks`]).
    #[fusion(dtype = words, shape = kat_output(words))]
    fn dp_philox_blocks(words: FloatTensor<Self>) -> FloatTensor<Self>;
    /// Asks CubeCL whether the work that wrote `tensor` failed, keeping the typed error for
    /// [`buffer_failure`]; returns a `[1]` marker (no kernel runs).
    #[fusion(dtype = tensor, shape = marker(tensor))]
    fn dp_buffer_failure(tensor: FloatTensor<Self>) -> FloatTensor<Self>;
}

fn marker(_: &Shape) -> Shape {
    Shape::new([1])
}

fn triple(shape: &Shape) -> Shape {
    Shape::new([3 * shape[0]])
}

fn kat_output(shape: &Shape) -> Shape {
    Shape::new([shape[0] / 6 * 4])
}

/// Output length of the conv kernel: `[batch·p]` per-sample gradients in gradient mode, then
/// `[batch·tiles]` partial squared norms.
fn conv_output(info: &[u32]) -> Shape {
    let layout = ConvLayout::from_info(info);
    Shape::new([layout.grad_len() + layout.partials_len()])
}

fn columns(shape: &Shape) -> Shape {
    Shape::new([shape[1]])
}

/// Workgroup grid for `groups` workgroups, folded into two dimensions past 65,535.
fn grid(groups: u32) -> CubeCount {
    let groups = groups.max(1);
    let x = groups.min(MAX_GROUPS);
    CubeCount::Static(x, groups.div_ceil(x), 1)
}

fn elementwise_grid(n: usize) -> CubeCount {
    grid((n as u32).div_ceil(WORKGROUP))
}

fn launch<K: KernelSource>(kernel: K, count: CubeCount, tensors: &[&CubeTensor], info: &[u32]) {
    launch_with(kernel, WORKGROUP, count, tensors, info)
}

/// [`launch`] for a shader whose workgroup has `threads` invocations.
fn launch_with<K: KernelSource>(
    kernel: K,
    threads: u32,
    count: CubeCount,
    tensors: &[&CubeTensor],
    info: &[u32],
) {
    let client = &tensors[0].client;
    let info = client.create_from_slice(bytemuck::cast_slice(info));
    let mut buffers: Vec<_> = tensors.iter().map(|t| t.handle.clone().binding()).collect();
    buffers.push(info.binding());
    client.launch(
        Box::new(SourceKernel::new(kernel, CubeDim::new_1d(threads))),
        count,
        KernelArguments::new().with_buffers(buffers),
    );
}

fn output(like: &CubeTensor, shape: Shape) -> CubeTensor {
    assert_eq!(like.dtype, DType::F32, "dpgpu's WGSL kernels are f32-only");
    empty_device_contiguous_dtype(like.client.clone(), like.device.clone(), shape, like.dtype)
}

impl DpKernels for CubeBackend {
    fn dp_sq_norms(grads: CubeTensor, acc: CubeTensor) -> CubeTensor {
        let (grads, acc) = (into_contiguous(grads), into_contiguous(acc));
        let [batch, p] = grads.meta.shape().dims();
        let out = output(&grads, Shape::new([batch]));
        launch(SqNorms, grid(batch as u32), &[&grads, &acc, &out], &[batch as u32, p as u32]);
        out
    }

    fn dp_clip_factors(sq_norms: CubeTensor, max_grad_norm: f32) -> CubeTensor {
        let sq_norms = into_contiguous(sq_norms);
        let [batch] = sq_norms.meta.shape().dims();
        let out = output(&sq_norms, Shape::new([batch]));
        let info = [batch as u32, max_grad_norm.to_bits()];
        launch(ClipFactors, elementwise_grid(batch), &[&sq_norms, &out], &info);
        out
    }

    fn dp_clip_accumulate(grads: CubeTensor, factors: CubeTensor) -> CubeTensor {
        let (grads, factors) = (into_contiguous(grads), into_contiguous(factors));
        let [batch, p] = grads.meta.shape().dims();
        let out = output(&grads, Shape::new([p]));
        let info = [batch as u32, p as u32];
        launch(ClipAccumulate, elementwise_grid(p), &[&grads, &factors, &out], &info);
        out
    }

    fn dp_noisy_sgd(
        param: CubeTensor,
        summed: CubeTensor,
        seed: u64,
        step: u64,
        tensor_id: u32,
        std: f32,
        inv_batch: f32,
        lr: f32,
    ) -> CubeTensor {
        let (param, summed) = (into_contiguous(param), into_contiguous(summed));
        let [n] = param.meta.shape().dims();
        let out = output(&param, Shape::new([n]));
        let info = [
            n as u32,
            seed as u32,
            (seed >> 32) as u32,
            step as u32,
            (step >> 32) as u32,
            tensor_id,
            std.to_bits(),
            lr.to_bits(),
            inv_batch.to_bits(),
        ];
        launch(NoisySgd, elementwise_grid(n), &[&param, &summed, &out], &info);
        out
    }

    fn dp_noisy_adam(
        param: CubeTensor,
        summed: CubeTensor,
        m: CubeTensor,
        v: CubeTensor,
        seed: u64,
        step: u64,
        tensor_id: u32,
        std: f32,
        inv_batch: f32,
        lr: f32,
        beta1: f32,
        beta2: f32,
        eps: f32,
        c1: f32,
        c2: f32,
    ) -> CubeTensor {
        let [param, summed, m, v] = [param, summed, m, v].map(into_contiguous);
        let [n] = param.meta.shape().dims();
        let out = output(&param, Shape::new([3 * n]));
        let bits =
            [std, inv_batch, lr, beta1, 1.0 - beta1, beta2, 1.0 - beta2, eps, c1, c2].map(f32::to_bits);
        let mut info =
            vec![n as u32, seed as u32, (seed >> 32) as u32, step as u32, (step >> 32) as u32, tensor_id];
        info.extend(bits);
        launch(NoisyAdam, elementwise_grid(n), &[&param, &summed, &m, &v, &out], &info);
        out
    }

    fn dp_buffer_failure(tensor: CubeTensor) -> CubeTensor {
        if let Err(e) = pollster::block_on(tensor.client.sync_buffers([&tensor.handle])) {
            *BUFFER_FAILURE.lock().unwrap_or_else(|p| p.into_inner()) = Some(e);
        }
        output(&tensor, Shape::new([1]))
    }

    fn dp_conv_grad_sample(input: CubeTensor, backprops: CubeTensor, info: Vec<u32>) -> CubeTensor {
        let (input, backprops) = (into_contiguous(input), into_contiguous(backprops));
        let layout = ConvLayout::from_info(&info);
        let out = output(&input, conv_output(&info));
        // One workgroup per partial norm: (example, group, tile).
        let workgroups = layout.partials_len() as u32;
        launch_with(ConvGradSample, CONV_THREADS, grid(workgroups), &[&input, &backprops, &out], &info);
        out
    }

    fn dp_philox_blocks(words: CubeTensor) -> CubeTensor {
        let words = into_contiguous(words);
        let [len] = words.meta.shape().dims();
        let blocks = len / 6;
        let out = output(&words, Shape::new([4 * blocks]));
        launch(PhiloxKat, elementwise_grid(blocks), &[&words, &out], &[blocks as u32]);
        out
    }
}

/// WGSL [`super::sq_norms`]. Shapes: `grads [batch, p]`, `acc [batch]` → `[batch]`.
pub fn sq_norms(grads: Tensor<2>, acc: Tensor<1>) -> Tensor<1> {
    Tensor::from_dispatch(Dispatch::dp_sq_norms(grads.into_dispatch(), acc.into_dispatch()))
}

/// WGSL [`super::clip_factors`]. Shapes: `[batch]` → `[batch]`.
pub fn clip_factors(sq_norms: Tensor<1>, max_grad_norm: f32) -> Tensor<1> {
    Tensor::from_dispatch(Dispatch::dp_clip_factors(sq_norms.into_dispatch(), max_grad_norm))
}

/// WGSL [`super::clip_and_accumulate`]. Shapes: `grads [batch, p]`, `factors [batch]` → `[p]`.
pub fn clip_and_accumulate(grads: Tensor<2>, factors: Tensor<1>) -> Tensor<1> {
    Tensor::from_dispatch(Dispatch::dp_clip_accumulate(grads.into_dispatch(), factors.into_dispatch()))
}

/// The sizes `shaders/conv_grad_sample_f32.wgsl` works with, read back from its info words.
struct ConvLayout {
    batch: usize,
    params: usize,
    tiles: usize,
    write_grad: bool,
}

impl ConvLayout {
    fn from_info(info: &[u32]) -> Self {
        let u = |i: usize| info[i] as usize;
        let groups = u(15);
        ConvLayout {
            batch: u(0),
            params: u(4) * (u(1) / groups) * u(7) * u(8),
            tiles: groups * u(16) * u(17),
            write_grad: info[18] != 0,
        }
    }

    fn grad_len(&self) -> usize {
        if self.write_grad { self.batch * self.params } else { 0 }
    }

    fn partials_len(&self) -> usize {
        self.batch * self.tiles
    }
}

/// Edge of the square tile of `[c_out/groups, c_in/groups·kh·kw]` one workgroup of the conv
/// kernel computes (`TILE` in the shader); the planner sizes the kernel's output with it.
pub(crate) const CONV_TILE: usize = 32;

/// Invocations per workgroup of the conv kernel (`THREADS` in the shader).
const CONV_THREADS: u32 = 64;

/// WGSL [`super::conv_grad_sample`]: per-sample Conv2d weight gradients by implicit im2col,
/// with their squared norms.
///
/// # Shapes
/// - `input`: `[batch, c_in, h, w]`, `backprops`: `[batch, c_out, h_out, w_out]`
/// - returns (`[batch, c_out·c_in/groups·kh·kw]` gradients when `write_grad`, `[batch]` squared
///   norms)
pub fn conv_grad_sample(
    input: Tensor<4>,
    backprops: Tensor<4>,
    geometry: &crate::grad_sample::ConvGeometry,
    write_grad: bool,
) -> (Option<Tensor<2>>, Tensor<1>) {
    let [batch, c_in, h, w] = input.dims();
    let [_, c_out, h_out, w_out] = backprops.dims();
    let [_, c_in_g, kh, kw] = geometry.weight_shape;
    let groups = geometry.groups;
    let [(top, _), (left, _)] = geometry.padding;
    let tiles_co = (c_out / groups).div_ceil(CONV_TILE);
    let tiles_k = (c_in_g * kh * kw).div_ceil(CONV_TILE);
    let info: Vec<u32> = [
        batch,
        c_in,
        h,
        w,
        c_out,
        h_out,
        w_out,
        kh,
        kw,
        geometry.stride[0],
        geometry.stride[1],
        top,
        left,
        geometry.dilation[0],
        geometry.dilation[1],
        groups,
        tiles_co,
        tiles_k,
        write_grad as usize,
    ]
    .iter()
    .map(|&v| v as u32)
    .collect();
    let layout = ConvLayout::from_info(&info);
    let out = Tensor::<1>::from_dispatch(Dispatch::dp_conv_grad_sample(
        input.into_dispatch(),
        backprops.into_dispatch(),
        info,
    ));
    let (g, n) = (layout.grad_len(), layout.partials_len());
    let partials = out.clone().slice([g..g + n]).reshape([batch, layout.tiles]);
    let norms = crate::grad_sample::reduce::sum_dim(partials, 1).reshape([batch]);
    let grads = write_grad.then(|| out.slice([0..g]).reshape([batch, layout.params]));
    (grads, norms)
}

/// WGSL [`super::noisy_adam`]. Shapes: `param`, `summed`, `m`, `v` `[p]` → `[3p]` (parameter,
/// m, v).
pub fn noisy_adam(
    [param, summed, m, v]: [Tensor<1>; 4],
    noise: NoiseSpec,
    inv_batch: f32,
    adam: AdamStep,
) -> Tensor<1> {
    Tensor::from_dispatch(Dispatch::dp_noisy_adam(
        param.into_dispatch(),
        summed.into_dispatch(),
        m.into_dispatch(),
        v.into_dispatch(),
        noise.seed,
        noise.step,
        noise.tensor_id,
        noise.std,
        inv_batch,
        adam.lr,
        adam.beta1,
        adam.beta2,
        adam.eps,
        adam.c1,
        adam.c2,
    ))
}

/// Runs Philox4x32-10 in the shader (`shaders/philox.wgsl`) on `(counter, key)` pairs, for
/// known-answer tests of the shader itself. Returns one output block per pair.
///
/// # Panics
/// On a device without WGSL kernels (`cpu`), or when the device fails.
pub fn philox_blocks(pairs: &[([u32; 4], [u32; 2])], device: &burn::tensor::Device) -> Vec<[u32; 4]> {
    let words: Vec<f32> =
        pairs.iter().flat_map(|(c, k)| c.iter().chain(k).map(|w| f32::from_bits(*w))).collect();
    let n = words.len();
    let input = Tensor::<1>::from_data(burn::tensor::TensorData::new(words, [n]), device);
    let out = Tensor::<1>::from_dispatch(Dispatch::dp_philox_blocks(input.into_dispatch()));
    let data = out.into_data();
    let words: Vec<u32> =
        data.as_bytes().chunks_exact(4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]])).collect();
    words.chunks_exact(4).map(|b| [b[0], b[1], b[2], b[3]]).collect()
}

/// The failure [`DpKernels::dp_buffer_failure`] found, until [`buffer_failure`] takes it.
static BUFFER_FAILURE: std::sync::Mutex<Option<ServerError>> = std::sync::Mutex::new(None);

/// CubeCL's typed error for the buffer of `tensor` on `device`, if the work that wrote it (or
/// anything it was computed from) failed: the device is synchronised so the check runs, and
/// the error is the one CubeCL keeps on the buffer (a read would report the same).
pub fn buffer_failure(tensor: Tensor<1>, device: &burn::tensor::Device) -> Option<ServerError> {
    let marker = Tensor::<1>::from_dispatch(Dispatch::dp_buffer_failure(tensor.into_dispatch()));
    // A failing sync is what is being diagnosed: the typed error is read below.
    let _ = device.sync();
    drop(marker);
    BUFFER_FAILURE.lock().unwrap_or_else(|p| p.into_inner()).take()
}

/// WGSL [`super::noisy_sgd`]. Shapes: `param`, `summed` `[p]` → `[p]`.
pub fn noisy_sgd(
    param: Tensor<1>,
    summed: Tensor<1>,
    noise: NoiseSpec,
    inv_batch: f32,
    lr: f32,
) -> Tensor<1> {
    Tensor::from_dispatch(Dispatch::dp_noisy_sgd(
        param.into_dispatch(),
        summed.into_dispatch(),
        noise.seed,
        noise.step,
        noise.tensor_id,
        noise.std,
        inv_batch,
        lr,
    ))
}

// ElemwiseFuse (5 dispatches per step under this name)
@group(0) @binding(1) var<storage, read_write> v7: array<vec2<f32>>;
@group(0) @binding(0) var<storage, read_write> v1: array<vec2<f32>>;
struct info_st { scalars_usize: array<u32, 6>, scalars_f32: array<f32, 2>, static_meta: array<u32, 6>, dynamic_meta: array<u32> }
@group(0) @binding(2) var<storage, read> info_var: info_st;
@compute @workgroup_size(8, 8, 1)
fn elemwise_fuse_747fc1a1(@builtin(workgroup_id) v137: vec3<u32>, @builtin(num_workgroups) v139: vec3<u32>, @builtin(local_invocation_index) v146: u32) {
let v153 = &v7;
let v154 = &v1;
let v5 = u32(0);
let v13 = info_var.scalars_f32[0];
let v14 = info_var.scalars_f32[1];
let v15 = info_var.scalars_usize[4];
let v138 = v137[2];
let v115 = u32(v138);
let v140 = v139[1];
let v117 = u32(v140);
let v118 = v115 * v117;
let v141 = v139[0];
let v120 = u32(v141);
let v121 = v118 * v120;
let v142 = v137[1];
let v123 = u32(v142);
let v126 = v123 * v120;
let v127 = v121 + v126;
let v144 = v137[0];
let v129 = u32(v144);
let v130 = v127 + v129;
let v152 = u32(64);
let v133 = v130 * v152;
let v147 = v146;
let v135 = u32(v147);
let v136 = v133 + v135;
// Init locals begin
var<function> v100_store: array<u32, 2>= array<u32, 2>();
let v100 = &v100_store;
var<function> v101_store: array<u32, 2>= array<u32, 2>();
let v101 = &v101_store;
let v102 = info_var.static_meta[2];
let v104 = info_var.dynamic_meta[v102];
let v105 = info_var.static_meta[4];
let v107 = info_var.dynamic_meta[v105];
let v39 = &(*v100)[v5];
*v39 = v104;
let v40 = u32(1);
let v41 = v104 == v40;
let v43 = max(v107, v40);
let v44 = select(v107, v43, v41);
let v49 = &(*v101)[v5];
*v49 = v44;
let v109 = v102 + v40;
let v110 = info_var.dynamic_meta[v109];
let v112 = v105 + v40;
let v113 = info_var.dynamic_meta[v112];
let v60 = &(*v100)[v40];
*v60 = v110;
let v62 = v110 == v40;
let v64 = max(v113, v40);
let v65 = select(v113, v64, v62);
let v70 = &(*v101)[v40];
*v70 = v65;
// Init locals end
let v72 = v136 < v15;
if v72 {
// Fuse on write begin
let v77 = &(*v154)[v136];
let v78 = *v77;
let v83 = &(*v153)[v136];
let v84 = *v83;
let v85 = vec2<f32>(v13);
let v86 = v78 <= v85;
let v87 = vec2<u32>(v86);
let v88 = vec2<bool>(v87);
let v89 = vec2<f32>(v14);
let v90 = select(v84, v89, v88);
*v77 = v90;
// Fuse on write end

}
return;

}

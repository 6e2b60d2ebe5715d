// MatmulEntry<TensorArgs, DynamicScalar<__Lhs>, DynamicSize<__LhsSize>, DynamicScalar<__Rhs>, DynamicSize<__RhsSize>, DynamicScalar<__Acc>, DynamicSize<__AccSize>, SimpleMatmulFamily<UnitPartitioner, (), SyncFullCyclicLoading<ColMajorTilingOrder>, SyncFullCyclicLoading<RowMajorTilingOrder>, SyncFullCyclicLoading<RowMajorTilingOrder>, UnitWriterFamily>, RowMajorGlobalPartitionMatmul> (1 dispatches per step under this name)
var<workgroup> shared_v103: array<f32, 32>;
var<workgroup> shared_v117: array<f32, 32>;
var<workgroup> shared_v140: array<f32, 1024>;
@group(0) @binding(2) var<storage, read_write> v21: array<f32>;
@group(0) @binding(1) var<storage, read_write> v13: array<f32>;
@group(0) @binding(0) var<storage, read_write> v5: array<f32>;
struct info_st { scalars_usize: array<u32, 6>, scalars_u32: array<u32, 8>, static_meta: array<u32, 4> }
@group(0) @binding(3) var<storage, read> info_var: info_st;
@compute @workgroup_size(8, 8, 1)
fn matmul_entry_lhs_f32_lhs_size_1_rhs_f32_rhs_size_1_acc_f32_acc_size_1_6702142f(@builtin(workgroup_id) v774: vec3<u32>, @builtin(local_invocation_id) v776: vec3<u32>) {
let v845 = &v21;
let v846 = &v13;
let v847 = &v5;
let v1 = info_var.scalars_u32[0];
let v2 = info_var.scalars_u32[1];
let v3 = info_var.scalars_usize[0];
let v4 = info_var.scalars_usize[1];
let v725 = info_var.static_meta[0];
let v7 = u32(0);
let v9 = info_var.scalars_u32[2];
let v10 = info_var.scalars_u32[3];
let v11 = info_var.scalars_usize[2];
let v12 = info_var.scalars_usize[3];
let v726 = info_var.static_meta[1];
let v17 = info_var.scalars_u32[4];
let v18 = info_var.scalars_u32[5];
let v19 = info_var.scalars_usize[4];
let v20 = info_var.scalars_usize[5];
let v727 = info_var.static_meta[2];
let v25 = info_var.scalars_u32[6];
let v26 = info_var.scalars_u32[7];
let v775 = v774[0];
let v33 = u32(v775);
let v34 = v25 * v26;
let v35 = u32(v34);
let v36 = v33 / v35;
let v37 = v33 % v35;
let v38 = u32(v26);
let v39 = v37 / v38;
let v40 = u32(v39);
let v41 = u32(v37);
let v42 = v41 % v26;
let v43 = u32(v36);
let v44 = u32(1);
let v46 = u32(32);
let v47 = v40 * v46;
let v51 = v42 * v46;
let v56 = u32(0);
let v70 = u32(v43);
let v71 = u32(v70);
var<function> v728_store: u32;
let v728 = &v728_store;
*v728 = v71;
var<function> v729_store: u32;
let v729 = &v729_store;
*v729 = v7;
var<function> v730_store: u32;
let v730 = &v730_store;
*v730 = v71;
var<function> v731_store: u32;
let v731 = &v731_store;
*v731 = v7;
var<function> v732_store: u32;
let v732 = &v732_store;
*v732 = v71;
var<function> v733_store: u32;
let v733 = &v733_store;
*v733 = v7;
let v95 = min(v47, v1);
let v98 = v1 - v95;
let v101 = min(v46, v98);
let v734 = &shared_v103;
var<function> v735_store: u32;
let v735 = &v735_store;
*v735 = v56;
let v111 = min(v51, v10);
let v113 = v10 - v111;
let v114 = min(v2, v9);
let v116 = min(v46, v113);
let v736 = &shared_v117;
var<function> v737_store: u32;
let v737 = &v737_store;
*v737 = v56;
let v123 = min(v47, v17);
let v124 = min(v51, v18);
let v777 = v776[1];
let v778 = v776[0];
let v133 = u32(8);
let v134 = v133 * v777;
let v135 = v778 + v134;
let v137 = v135 / v133;
let v139 = v135 % v133;
let v738 = &shared_v140;
let v145 = v137 * v133;
let v146 = v145 + v139;
let v147 = u32(16);
let v148 = v147 * v146;
let v167 = v148 + v147;
var<function> v739_store: u32;
let v739 = &v739_store;
*v739 = v44;
var<function> v740_store: u32;
let v740 = &v740_store;
*v740 = v101;
var<function> v741_store: u32;
let v741 = &v741_store;
*v741 = v44;
var<function> v742_store: u32;
let v742 = &v742_store;
*v742 = v56;
var<function> v743_store: u32;
let v743 = &v743_store;
*v743 = v44;
var<function> v744_store: u32;
let v744 = &v744_store;
*v744 = v44;
var<function> v745_store: u32;
let v745 = &v745_store;
*v745 = v116;
var<function> v746_store: u32;
let v746 = &v746_store;
*v746 = v56;
var<function> v747_store: u32;
let v747 = &v747_store;
*v747 = v148;
var<function> v748_store: u32;
let v748 = &v748_store;
*v748 = v167;
let v190 = u32(4);
var<function> v749_store: u32;
let v749 = &v749_store;
*v749 = v190;
let v196 = v2 + v44;
let v198 = v196 - v44;
var<function> v750_store: array<f32, 16>= array<f32, 16>();
let v750 = &v750_store;
var<function> v751_store: array<f32, 4>= array<f32, 4>();
let v751 = &v751_store;
let v207 = u32(4);
for(var v232: u32 = v56; v232 < v147; v232 += v44) {
let v234 = u32(v232);
let v238 = &(*v750)[v234];
let v239 = f32(0.0);
*v238 = v239;

}
var<function> v753_store: array<f32, 4>= array<f32, 4>();
let v753 = &v753_store;
for(var v276: u32 = v56; v276 < v198; v276 += v44) {
workgroupBarrier();
let v280 = v777 * v133;
let v282 = v280 + v778;
var<function> v755_store: u32;
let v755 = &v755_store;
*v755 = v282;
let v289 = *v755;
let v292 = v289 < v46;
if v292 {
let v294 = v289 / v190;
let v296 = v289 % v190;
let v297 = *v735;
let v301 = min(v297, v2);
let v309 = v294 % v133;
let v311 = v294 / v133;
let v312 = *v742;
let v314 = v312 * v46;
let v315 = u32(v314);
let v328 = v309 * v190;
let v335 = v328 + v296;
let v824 = f32(0.0);
// is_in_bounds
// is_in_bounds_end
let v340 = v301 + v311;
// is_in_bounds
// is_in_bounds_end
let v343 = v95 + v335;
let v351 = u32(v343);
let v352 = v351 * v3;
let v353 = *v729;
let v354 = v353 + v352;
let v355 = u32(v340);
let v356 = v355 * v4;
let v357 = v354 + v356;
let v360 = v343 < v1;
let v364 = v357 < v725;
let v367 = u32(v364);
let v368 = v357 * v367;
let v372 = &(*v847)[v368];
let v373 = *v372;
let v374 = select(v824, v373, v364);
let v375 = select(v824, v374, v360);
let v376 = u32(v289);
let v381 = v315 + v376;
let v382 = &(*v734)[v381];
*v382 = v375;

}
var<function> v756_store: u32;
let v756 = &v756_store;
*v756 = v282;
let v394 = *v756;
let v397 = v394 < v46;
if v397 {
let v399 = v394 / v190;
let v401 = v394 % v190;
let v402 = *v737;
let v404 = min(v402, v114);
let v414 = v399 / v133;
let v416 = v399 % v133;
let v417 = *v746;
let v419 = v417 * v46;
let v420 = u32(v419);
let v435 = v416 * v190;
let v437 = v401 / v190;
let v439 = v401 % v190;
let v440 = v414 + v437;
let v441 = v435 + v439;
let v833 = f32(0.0);
// is_in_bounds
// is_in_bounds_end
let v444 = v404 + v440;
// is_in_bounds
// is_in_bounds_end
let v449 = v111 + v441;
let v456 = u32(v444);
let v457 = v456 * v11;
let v458 = *v731;
let v459 = v458 + v457;
let v460 = u32(v449);
let v461 = v460 * v12;
let v462 = v459 + v461;
let v465 = v449 < v10;
let v469 = v462 < v726;
let v472 = u32(v469);
let v473 = v462 * v472;
let v477 = &(*v846)[v473];
let v478 = *v477;
let v479 = select(v833, v478, v469);
let v480 = select(v833, v479, v465);
let v481 = u32(v394);
let v486 = v420 + v481;
let v487 = &(*v736)[v486];
*v487 = v480;

}
workgroupBarrier();
let v496 = v190 * v137;
for(var v504: u32 = v56; v504 < v190; v504 += v44) {
let v510 = v496 + v504;
let v511 = u32(v510);
let v515 = &(*v734)[v511];
let v516 = *v515;
let v525 = u32(v504);
let v529 = &(*v751)[v525];
*v529 = v516;

}
let v536 = v190 * v139;
for(var v544: u32 = v56; v544 < v190; v544 += v44) {
let v550 = v536 + v544;
let v551 = u32(v550);
let v555 = &(*v736)[v551];
let v556 = *v555;
let v565 = u32(v544);
let v569 = &(*v753)[v565];
*v569 = v556;

}
let v572 = u32(1);
for(var v573: u32 = v7; v573 < v207; v573 += v572) {
let v582 = &(*v751)[v573];
let v583 = *v582;
for(var v587: u32 = v7; v587 < v207; v587 += v572) {
let v596 = &(*v753)[v587];
let v597 = *v596;
let v600 = v573 * v207;
let v601 = v600 + v587;
let v605 = &(*v750)[v601];
let v606 = *v605;
let v844 = fma(v583, v597, v606);
*v605 = v844;

}

}
let v608 = *v735;
let v610 = *v739;
let v611 = v608 + v610;
*v735 = v611;
let v612 = *v737;
let v614 = *v743;
let v615 = v612 + v614;
*v737 = v615;

}
workgroupBarrier();
var<function> v761_store: u32;
let v761 = &v761_store;
let v619 = *v747;
*v761 = v619;
var<function> v762_store: u32;
let v762 = &v762_store;
let v621 = *v748;
*v762 = v621;
var<function> v763_store: u32;
let v763 = &v763_store;
let v623 = *v749;
*v763 = v623;
var<function> v764_store: u32;
let v764 = &v764_store;
let v629 = *v761;
*v764 = v629;
var<function> v765_store: u32;
let v765 = &v765_store;
let v631 = *v762;
*v765 = v631;
var<function> v766_store: u32;
let v766 = &v766_store;
let v633 = *v763;
*v766 = v633;
var<function> v767_store: u32;
let v767 = &v767_store;
let v635 = *v764;
*v767 = v635;
var<function> v768_store: u32;
let v768 = &v768_store;
let v637 = *v765;
*v768 = v637;
var<function> v769_store: u32;
let v769 = &v769_store;
let v639 = *v766;
*v769 = v639;
for(var v644: u32 = v56; v644 < v147; v644 += v44) {
let v646 = *v767;
let v647 = v646 + v644;
let v648 = f32(0.0);
var<function> v771_store: f32;
let v771 = &v771_store;
*v771 = v648;
var<function> v772_store: f32;
let v772 = &v772_store;
let v651 = *v771;
*v772 = v651;
let v656 = u32(v644);
let v660 = &(*v750)[v656];
let v661 = *v660;
*v772 = v661;
let v663 = *v772;
let v664 = u32(v647);
let v668 = &(*v738)[v664];
*v668 = v663;

}
for(var v679: u32 = v56; v679 < v147; v679 += v44) {
let v681 = *v747;
let v682 = v681 + v679;
let v683 = u32(v682);
let v687 = &(*v738)[v683];
let v688 = *v687;
let v693 = v137 * v190;
let v695 = v139 * v190;
let v697 = v679 / v190;
let v699 = v679 % v190;
let v700 = v693 + v697;
let v701 = v695 + v699;
// is_in_bounds
// is_in_bounds_end
let v702 = v123 + v700;
let v703 = v124 + v701;
let v706 = u32(v702);
let v707 = v706 * v19;
let v708 = *v733;
let v709 = v708 + v707;
let v710 = u32(v703);
let v711 = v710 * v20;
let v712 = v709 + v711;
let v715 = v702 < v17;
let v716 = v703 < v18;
let v717 = v715 && v716;
if v717 {
let v719 = v712 < v727;
if v719 {
let v723 = &(*v845)[v712];
*v723 = v688;

}

}

}
return;

}

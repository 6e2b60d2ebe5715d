// MatmulEntry<TensorArgs, DynamicScalar<__Lhs>, DynamicSize<__LhsSize>, DynamicScalar<__Rhs>, DynamicSize<__RhsSize>, DynamicScalar<__Acc>, DynamicSize<__AccSize>, SimpleMatmulFamily<UnitPartitioner, (), SyncFullCyclicLoading<ColMajorTilingOrder>, SyncFullCyclicLoading<RowMajorTilingOrder>, SyncFullCyclicLoading<RowMajorTilingOrder>, UnitWriterFamily>, RowMajorGlobalPartitionMatmul> (5 dispatches per step under this name)
var<workgroup> shared_v103: array<vec4<f32>, 256>;
var<workgroup> shared_v117: array<vec2<f32>, 256>;
var<workgroup> shared_v140: array<vec2<f32>, 32>;
@group(0) @binding(2) var<storage, read_write> v21: array<vec2<f32>>;
@group(0) @binding(1) var<storage, read_write> v13: array<vec2<f32>>;
@group(0) @binding(0) var<storage, read_write> v5: array<vec4<f32>>;
struct info_st { scalars_usize: array<u32, 6>, scalars_u32: array<u32, 8>, static_meta: array<u32, 4> }
@group(0) @binding(3) var<storage, read> info_var: info_st;
@compute @workgroup_size(8, 2, 1)
fn matmul_entry_lhs_f32_lhs_size_4_rhs_f32_rhs_size_2_acc_f32_acc_size_2_d5c2e011(@builtin(workgroup_id) v19248: vec3<u32>, @builtin(local_invocation_id) v19250: vec3<u32>) {
let v21471 = &v21;
let v21472 = &v13;
let v21473 = &v5;
let v1 = info_var.scalars_u32[0];
let v2 = info_var.scalars_u32[1];
let v3 = info_var.scalars_usize[0];
let v4 = info_var.scalars_usize[1];
let v18544 = info_var.static_meta[0];
let v7 = u32(0);
let v9 = info_var.scalars_u32[2];
let v10 = info_var.scalars_u32[3];
let v11 = info_var.scalars_usize[2];
let v12 = info_var.scalars_usize[3];
let v18545 = info_var.static_meta[1];
let v17 = info_var.scalars_u32[4];
let v18 = info_var.scalars_u32[5];
let v19 = info_var.scalars_usize[4];
let v20 = info_var.scalars_usize[5];
let v18546 = info_var.static_meta[2];
let v25 = info_var.scalars_u32[6];
let v26 = info_var.scalars_u32[7];
let v19249 = v19248[0];
let v33 = u32(v19249);
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
let v46 = u32(64);
let v47 = v40 * v46;
let v50 = u32(32);
let v51 = v42 * v50;
let v56 = u32(0);
let v70 = u32(v43);
let v71 = u32(v70);
var<function> v18547_store: u32;
let v18547 = &v18547_store;
*v18547 = v71;
var<function> v18548_store: u32;
let v18548 = &v18548_store;
*v18548 = v7;
var<function> v18549_store: u32;
let v18549 = &v18549_store;
*v18549 = v71;
var<function> v18550_store: u32;
let v18550 = &v18550_store;
*v18550 = v7;
var<function> v18551_store: u32;
let v18551 = &v18551_store;
*v18551 = v71;
var<function> v18552_store: u32;
let v18552 = &v18552_store;
*v18552 = v7;
let v95 = min(v47, v1);
let v98 = v1 - v95;
let v101 = min(v46, v98);
let v18553 = &shared_v103;
var<function> v18554_store: u32;
let v18554 = &v18554_store;
*v18554 = v56;
let v111 = min(v51, v10);
let v113 = v10 - v111;
let v114 = min(v2, v9);
let v116 = min(v50, v113);
let v18555 = &shared_v117;
var<function> v18556_store: u32;
let v18556 = &v18556_store;
*v18556 = v56;
let v123 = min(v47, v17);
let v124 = min(v51, v18);
let v19251 = v19250[1];
let v19252 = v19250[0];
let v133 = u32(8);
let v134 = v133 * v19251;
let v135 = v19252 + v134;
let v136 = u32(4);
let v137 = v135 / v136;
let v139 = v135 % v136;
let v18557 = &shared_v140;
let v145 = v137 * v136;
let v146 = v145 + v139;
let v148 = v136 * v146;
let v149 = u32(2);
let v150 = v148 / v149;
let v167 = v150 + v149;
let v168 = u32(16);
var<function> v18558_store: u32;
let v18558 = &v18558_store;
*v18558 = v168;
var<function> v18559_store: u32;
let v18559 = &v18559_store;
*v18559 = v101;
var<function> v18560_store: u32;
let v18560 = &v18560_store;
*v18560 = v168;
var<function> v18561_store: u32;
let v18561 = &v18561_store;
*v18561 = v56;
var<function> v18562_store: u32;
let v18562 = &v18562_store;
*v18562 = v168;
var<function> v18563_store: u32;
let v18563 = &v18563_store;
*v18563 = v168;
var<function> v18564_store: u32;
let v18564 = &v18564_store;
*v18564 = v116;
var<function> v18565_store: u32;
let v18565 = &v18565_store;
*v18565 = v56;
var<function> v18566_store: u32;
let v18566 = &v18566_store;
*v18566 = v150;
var<function> v18567_store: u32;
let v18567 = &v18567_store;
*v18567 = v167;
var<function> v18568_store: u32;
let v18568 = &v18568_store;
*v18568 = v149;
let v196 = v2 + v168;
let v198 = v196 - v44;
let v200 = v198 / v168;
var<function> v18569_store: array<f32, 4>= array<f32, 4>();
let v18569 = &v18569_store;
let v203 = u32(4);
var<function> v18570_store: array<f32, 4>= array<f32, 4>();
let v18570 = &v18570_store;
var<function> v18571_store: array<f32, 4>= array<f32, 4>();
let v18571 = &v18571_store;
var<function> v18572_store: array<f32, 4>= array<f32, 4>();
let v18572 = &v18572_store;
var<function> v18573_store: array<f32, 4>= array<f32, 4>();
let v18573 = &v18573_store;
var<function> v18574_store: array<f32, 4>= array<f32, 4>();
let v18574 = &v18574_store;
var<function> v18575_store: array<f32, 4>= array<f32, 4>();
let v18575 = &v18575_store;
var<function> v18576_store: array<f32, 4>= array<f32, 4>();
let v18576 = &v18576_store;
var<function> v18577_store: array<f32, 4>= array<f32, 4>();
let v18577 = &v18577_store;
var<function> v18578_store: array<f32, 4>= array<f32, 4>();
let v18578 = &v18578_store;
var<function> v18579_store: array<f32, 4>= array<f32, 4>();
let v18579 = &v18579_store;
var<function> v18580_store: array<f32, 4>= array<f32, 4>();
let v18580 = &v18580_store;
var<function> v18581_store: array<f32, 4>= array<f32, 4>();
let v18581 = &v18581_store;
var<function> v18582_store: array<f32, 4>= array<f32, 4>();
let v18582 = &v18582_store;
var<function> v18583_store: array<f32, 4>= array<f32, 4>();
let v18583 = &v18583_store;
var<function> v18584_store: array<f32, 4>= array<f32, 4>();
let v18584 = &v18584_store;
var<function> v18585_store: array<f32, 4>= array<f32, 4>();
let v18585 = &v18585_store;
var<function> v18586_store: array<f32, 4>= array<f32, 4>();
let v18586 = &v18586_store;
var<function> v18587_store: array<f32, 4>= array<f32, 4>();
let v18587 = &v18587_store;
var<function> v18588_store: array<f32, 4>= array<f32, 4>();
let v18588 = &v18588_store;
var<function> v18589_store: array<f32, 4>= array<f32, 4>();
let v18589 = &v18589_store;
var<function> v18590_store: array<f32, 4>= array<f32, 4>();
let v18590 = &v18590_store;
var<function> v18591_store: array<f32, 4>= array<f32, 4>();
let v18591 = &v18591_store;
var<function> v18592_store: array<f32, 4>= array<f32, 4>();
let v18592 = &v18592_store;
var<function> v18593_store: array<f32, 4>= array<f32, 4>();
let v18593 = &v18593_store;
var<function> v18594_store: array<f32, 4>= array<f32, 4>();
let v18594 = &v18594_store;
var<function> v18595_store: array<f32, 4>= array<f32, 4>();
let v18595 = &v18595_store;
var<function> v18596_store: array<f32, 4>= array<f32, 4>();
let v18596 = &v18596_store;
var<function> v18597_store: array<f32, 4>= array<f32, 4>();
let v18597 = &v18597_store;
var<function> v18598_store: array<f32, 4>= array<f32, 4>();
let v18598 = &v18598_store;
var<function> v18599_store: array<f32, 4>= array<f32, 4>();
let v18599 = &v18599_store;
var<function> v18600_store: array<f32, 4>= array<f32, 4>();
let v18600 = &v18600_store;
var<function> v18601_store: array<f32, 4>= array<f32, 4>();
let v18601 = &v18601_store;
var<function> v18602_store: array<f32, 4>= array<f32, 4>();
let v18602 = &v18602_store;
var<function> v18603_store: array<f32, 4>= array<f32, 4>();
let v18603 = &v18603_store;
var<function> v18604_store: array<f32, 4>= array<f32, 4>();
let v18604 = &v18604_store;
var<function> v18605_store: array<f32, 4>= array<f32, 4>();
let v18605 = &v18605_store;
var<function> v18606_store: array<f32, 4>= array<f32, 4>();
let v18606 = &v18606_store;
var<function> v18607_store: array<f32, 4>= array<f32, 4>();
let v18607 = &v18607_store;
var<function> v18608_store: array<f32, 4>= array<f32, 4>();
let v18608 = &v18608_store;
var<function> v18609_store: array<f32, 4>= array<f32, 4>();
let v18609 = &v18609_store;
var<function> v18610_store: array<f32, 4>= array<f32, 4>();
let v18610 = &v18610_store;
var<function> v18611_store: array<f32, 4>= array<f32, 4>();
let v18611 = &v18611_store;
var<function> v18612_store: array<f32, 4>= array<f32, 4>();
let v18612 = &v18612_store;
var<function> v18613_store: array<f32, 4>= array<f32, 4>();
let v18613 = &v18613_store;
var<function> v18614_store: array<f32, 4>= array<f32, 4>();
let v18614 = &v18614_store;
var<function> v18615_store: array<f32, 4>= array<f32, 4>();
let v18615 = &v18615_store;
var<function> v18616_store: array<f32, 4>= array<f32, 4>();
let v18616 = &v18616_store;
let v403 = v137 * v168;
let v405 = v139 * v149;
for(var v416: u32 = v56; v416 < v136; v416 += v44) {
let v418 = u32(v416);
let v422 = &(*v18569)[v418];
let v423 = f32(0.0);
*v422 = v423;

}
let v425 = v44 + v405;
for(var v429: u32 = v56; v429 < v136; v429 += v44) {
let v431 = u32(v429);
let v435 = &(*v18570)[v431];
let v436 = f32(0.0);
*v435 = v436;

}
let v438 = v44 + v403;
for(var v444: u32 = v56; v444 < v136; v444 += v44) {
let v446 = u32(v444);
let v450 = &(*v18571)[v446];
let v451 = f32(0.0);
*v450 = v451;

}
for(var v457: u32 = v56; v457 < v136; v457 += v44) {
let v459 = u32(v457);
let v463 = &(*v18572)[v459];
let v464 = f32(0.0);
*v463 = v464;

}
let v466 = v149 + v403;
for(var v472: u32 = v56; v472 < v136; v472 += v44) {
let v474 = u32(v472);
let v478 = &(*v18573)[v474];
let v479 = f32(0.0);
*v478 = v479;

}
for(var v485: u32 = v56; v485 < v136; v485 += v44) {
let v487 = u32(v485);
let v491 = &(*v18574)[v487];
let v492 = f32(0.0);
*v491 = v492;

}
let v493 = u32(3);
let v494 = v493 + v403;
for(var v500: u32 = v56; v500 < v136; v500 += v44) {
let v502 = u32(v500);
let v506 = &(*v18575)[v502];
let v507 = f32(0.0);
*v506 = v507;

}
for(var v513: u32 = v56; v513 < v136; v513 += v44) {
let v515 = u32(v513);
let v519 = &(*v18576)[v515];
let v520 = f32(0.0);
*v519 = v520;

}
let v522 = v136 + v403;
for(var v528: u32 = v56; v528 < v136; v528 += v44) {
let v530 = u32(v528);
let v534 = &(*v18577)[v530];
let v535 = f32(0.0);
*v534 = v535;

}
for(var v541: u32 = v56; v541 < v136; v541 += v44) {
let v543 = u32(v541);
let v547 = &(*v18578)[v543];
let v548 = f32(0.0);
*v547 = v548;

}
let v549 = u32(5);
let v550 = v549 + v403;
for(var v556: u32 = v56; v556 < v136; v556 += v44) {
let v558 = u32(v556);
let v562 = &(*v18579)[v558];
let v563 = f32(0.0);
*v562 = v563;

}
for(var v569: u32 = v56; v569 < v136; v569 += v44) {
let v571 = u32(v569);
let v575 = &(*v18580)[v571];
let v576 = f32(0.0);
*v575 = v576;

}
let v577 = u32(6);
let v578 = v577 + v403;
for(var v584: u32 = v56; v584 < v136; v584 += v44) {
let v586 = u32(v584);
let v590 = &(*v18581)[v586];
let v591 = f32(0.0);
*v590 = v591;

}
for(var v597: u32 = v56; v597 < v136; v597 += v44) {
let v599 = u32(v597);
let v603 = &(*v18582)[v599];
let v604 = f32(0.0);
*v603 = v604;

}
let v605 = u32(7);
let v606 = v605 + v403;
for(var v612: u32 = v56; v612 < v136; v612 += v44) {
let v614 = u32(v612);
let v618 = &(*v18583)[v614];
let v619 = f32(0.0);
*v618 = v619;

}
for(var v625: u32 = v56; v625 < v136; v625 += v44) {
let v627 = u32(v625);
let v631 = &(*v18584)[v627];
let v632 = f32(0.0);
*v631 = v632;

}
let v634 = v133 + v403;
for(var v640: u32 = v56; v640 < v136; v640 += v44) {
let v642 = u32(v640);
let v646 = &(*v18585)[v642];
let v647 = f32(0.0);
*v646 = v647;

}
for(var v653: u32 = v56; v653 < v136; v653 += v44) {
let v655 = u32(v653);
let v659 = &(*v18586)[v655];
let v660 = f32(0.0);
*v659 = v660;

}
let v661 = u32(9);
let v662 = v661 + v403;
for(var v668: u32 = v56; v668 < v136; v668 += v44) {
let v670 = u32(v668);
let v674 = &(*v18587)[v670];
let v675 = f32(0.0);
*v674 = v675;

}
for(var v681: u32 = v56; v681 < v136; v681 += v44) {
let v683 = u32(v681);
let v687 = &(*v18588)[v683];
let v688 = f32(0.0);
*v687 = v688;

}
let v689 = u32(10);
let v690 = v689 + v403;
for(var v696: u32 = v56; v696 < v136; v696 += v44) {
let v698 = u32(v696);
let v702 = &(*v18589)[v698];
let v703 = f32(0.0);
*v702 = v703;

}
for(var v709: u32 = v56; v709 < v136; v709 += v44) {
let v711 = u32(v709);
let v715 = &(*v18590)[v711];
let v716 = f32(0.0);
*v715 = v716;

}
let v717 = u32(11);
let v718 = v717 + v403;
for(var v724: u32 = v56; v724 < v136; v724 += v44) {
let v726 = u32(v724);
let v730 = &(*v18591)[v726];
let v731 = f32(0.0);
*v730 = v731;

}
for(var v737: u32 = v56; v737 < v136; v737 += v44) {
let v739 = u32(v737);
let v743 = &(*v18592)[v739];
let v744 = f32(0.0);
*v743 = v744;

}
let v745 = u32(12);
let v746 = v745 + v403;
for(var v752: u32 = v56; v752 < v136; v752 += v44) {
let v754 = u32(v752);
let v758 = &(*v18593)[v754];
let v759 = f32(0.0);
*v758 = v759;

}
for(var v765: u32 = v56; v765 < v136; v765 += v44) {
let v767 = u32(v765);
let v771 = &(*v18594)[v767];
let v772 = f32(0.0);
*v771 = v772;

}
let v773 = u32(13);
let v774 = v773 + v403;
for(var v780: u32 = v56; v780 < v136; v780 += v44) {
let v782 = u32(v780);
let v786 = &(*v18595)[v782];
let v787 = f32(0.0);
*v786 = v787;

}
for(var v793: u32 = v56; v793 < v136; v793 += v44) {
let v795 = u32(v793);
let v799 = &(*v18596)[v795];
let v800 = f32(0.0);
*v799 = v800;

}
let v801 = u32(14);
let v802 = v801 + v403;
for(var v808: u32 = v56; v808 < v136; v808 += v44) {
let v810 = u32(v808);
let v814 = &(*v18597)[v810];
let v815 = f32(0.0);
*v814 = v815;

}
for(var v821: u32 = v56; v821 < v136; v821 += v44) {
let v823 = u32(v821);
let v827 = &(*v18598)[v823];
let v828 = f32(0.0);
*v827 = v828;

}
let v829 = u32(15);
let v830 = v829 + v403;
for(var v836: u32 = v56; v836 < v136; v836 += v44) {
let v838 = u32(v836);
let v842 = &(*v18599)[v838];
let v843 = f32(0.0);
*v842 = v843;

}
for(var v849: u32 = v56; v849 < v136; v849 += v44) {
let v851 = u32(v849);
let v855 = &(*v18600)[v851];
let v856 = f32(0.0);
*v855 = v856;

}
let v858 = u32(256);
var<function> v18649_store: array<f32, 16>= array<f32, 16>();
let v18649 = &v18649_store;
for(var v893: u32 = v56; v893 < v200; v893 += v44) {
workgroupBarrier();
let v897 = v19251 * v133;
let v899 = v897 + v19252;
let v901 = v899 * v136;
var<function> v18651_store: u32;
let v18651 = &v18651_store;
*v18651 = v901;
let v906 = *v18651;
let v909 = v906 / v136;
let v911 = v906 % v136;
let v912 = *v18554;
let v916 = min(v912, v2);
let v924 = v909 % v46;
let v926 = v909 / v46;
let v927 = *v18561;
let v929 = v927 * v858;
let v930 = u32(v929);
let v945 = v926 * v136;
let v947 = v911 / v136;
let v949 = v911 % v136;
let v950 = v924 + v947;
let v951 = v945 + v949;
let v952 = i32(0);
let v953 = vec4<i32>(v952);
let v954 = vec4<f32>(v953);
// is_in_bounds
// is_in_bounds_end
let v956 = v916 + v951;
// is_in_bounds
// is_in_bounds_end
let v960 = v95 + v950;
let v970 = u32(v960);
let v971 = v970 * v3;
let v972 = *v18548;
let v973 = v972 + v971;
let v974 = u32(v956);
let v975 = v974 * v4;
let v976 = v973 + v975;
let v978 = v976 / v203;
let v979 = v960 < v1;
let v980 = v956 < v2;
let v981 = v979 && v980;
let v986 = v978 < v18544;
let v990 = u32(v986);
let v991 = v978 * v990;
let v995 = &(*v21473)[v991];
let v996 = *v995;
let v997 = vec4<bool>(v986);
let v998 = select(v954, v996, v997);
let v999 = vec4<bool>(v981);
let v1000 = select(v954, v998, v999);
let v1001 = u32(v906);
let v1003 = v1001 / v203;
let v1006 = v930 + v1003;
let v1007 = &(*v18553)[v1006];
*v1007 = v1000;
let v1012 = v906 + v46;
let v1014 = v1012 / v136;
let v1016 = v1012 % v136;
let v1029 = v1014 % v46;
let v1031 = v1014 / v46;
let v1050 = v1031 * v136;
let v1052 = v1016 / v136;
let v1054 = v1016 % v136;
let v1055 = v1029 + v1052;
let v1056 = v1050 + v1054;
// is_in_bounds
// is_in_bounds_end
let v1061 = v916 + v1056;
// is_in_bounds
// is_in_bounds_end
let v1065 = v95 + v1055;
let v1075 = u32(v1065);
let v1076 = v1075 * v3;
let v1078 = v972 + v1076;
let v1079 = u32(v1061);
let v1080 = v1079 * v4;
let v1081 = v1078 + v1080;
let v1083 = v1081 / v203;
let v1084 = v1065 < v1;
let v1085 = v1061 < v2;
let v1086 = v1084 && v1085;
let v1091 = v1083 < v18544;
let v1095 = u32(v1091);
let v1096 = v1083 * v1095;
let v1100 = &(*v21473)[v1096];
let v1101 = *v1100;
let v1102 = vec4<bool>(v1091);
let v1103 = select(v954, v1101, v1102);
let v1104 = vec4<bool>(v1086);
let v1105 = select(v954, v1103, v1104);
let v1106 = u32(v1012);
let v1108 = v1106 / v203;
let v1111 = v930 + v1108;
let v1112 = &(*v18553)[v1111];
*v1112 = v1105;
let v21176 = u32(128);
let v1117 = v906 + v21176;
let v1119 = v1117 / v136;
let v1121 = v1117 % v136;
let v1134 = v1119 % v46;
let v1136 = v1119 / v46;
let v1155 = v1136 * v136;
let v1157 = v1121 / v136;
let v1159 = v1121 % v136;
let v1160 = v1134 + v1157;
let v1161 = v1155 + v1159;
// is_in_bounds
// is_in_bounds_end
let v1166 = v916 + v1161;
// is_in_bounds
// is_in_bounds_end
let v1170 = v95 + v1160;
let v1180 = u32(v1170);
let v1181 = v1180 * v3;
let v1183 = v972 + v1181;
let v1184 = u32(v1166);
let v1185 = v1184 * v4;
let v1186 = v1183 + v1185;
let v1188 = v1186 / v203;
let v1189 = v1170 < v1;
let v1190 = v1166 < v2;
let v1191 = v1189 && v1190;
let v1196 = v1188 < v18544;
let v1200 = u32(v1196);
let v1201 = v1188 * v1200;
let v1205 = &(*v21473)[v1201];
let v1206 = *v1205;
let v1207 = vec4<bool>(v1196);
let v1208 = select(v954, v1206, v1207);
let v1209 = vec4<bool>(v1191);
let v1210 = select(v954, v1208, v1209);
let v1211 = u32(v1117);
let v1213 = v1211 / v203;
let v1216 = v930 + v1213;
let v1217 = &(*v18553)[v1216];
*v1217 = v1210;
let v21173 = u32(192);
let v1222 = v906 + v21173;
let v1224 = v1222 / v136;
let v1226 = v1222 % v136;
let v1239 = v1224 % v46;
let v1241 = v1224 / v46;
let v1260 = v1241 * v136;
let v1262 = v1226 / v136;
let v1264 = v1226 % v136;
let v1265 = v1239 + v1262;
let v1266 = v1260 + v1264;
// is_in_bounds
// is_in_bounds_end
let v1271 = v916 + v1266;
// is_in_bounds
// is_in_bounds_end
let v1275 = v95 + v1265;
let v1285 = u32(v1275);
let v1286 = v1285 * v3;
let v1288 = v972 + v1286;
let v1289 = u32(v1271);
let v1290 = v1289 * v4;
let v1291 = v1288 + v1290;
let v1293 = v1291 / v203;
let v1294 = v1275 < v1;
let v1295 = v1271 < v2;
let v1296 = v1294 && v1295;
let v1301 = v1293 < v18544;
let v1305 = u32(v1301);
let v1306 = v1293 * v1305;
let v1310 = &(*v21473)[v1306];
let v1311 = *v1310;
let v1312 = vec4<bool>(v1301);
let v1313 = select(v954, v1311, v1312);
let v1314 = vec4<bool>(v1296);
let v1315 = select(v954, v1313, v1314);
let v1316 = u32(v1222);
let v1318 = v1316 / v203;
let v1321 = v930 + v1318;
let v1322 = &(*v18553)[v1321];
*v1322 = v1315;
let v1327 = v906 + v858;
let v1329 = v1327 / v136;
let v1331 = v1327 % v136;
let v1344 = v1329 % v46;
let v1346 = v1329 / v46;
let v1365 = v1346 * v136;
let v1367 = v1331 / v136;
let v1369 = v1331 % v136;
let v1370 = v1344 + v1367;
let v1371 = v1365 + v1369;
// is_in_bounds
// is_in_bounds_end
let v1376 = v916 + v1371;
// is_in_bounds
// is_in_bounds_end
let v1380 = v95 + v1370;
let v1390 = u32(v1380);
let v1391 = v1390 * v3;
let v1393 = v972 + v1391;
let v1394 = u32(v1376);
let v1395 = v1394 * v4;
let v1396 = v1393 + v1395;
let v1398 = v1396 / v203;
let v1399 = v1380 < v1;
let v1400 = v1376 < v2;
let v1401 = v1399 && v1400;
let v1406 = v1398 < v18544;
let v1410 = u32(v1406);
let v1411 = v1398 * v1410;
let v1415 = &(*v21473)[v1411];
let v1416 = *v1415;
let v1417 = vec4<bool>(v1406);
let v1418 = select(v954, v1416, v1417);
let v1419 = vec4<bool>(v1401);
let v1420 = select(v954, v1418, v1419);
let v1421 = u32(v1327);
let v1423 = v1421 / v203;
let v1426 = v930 + v1423;
let v1427 = &(*v18553)[v1426];
*v1427 = v1420;
let v21167 = u32(320);
let v1432 = v906 + v21167;
let v1434 = v1432 / v136;
let v1436 = v1432 % v136;
let v1449 = v1434 % v46;
let v1451 = v1434 / v46;
let v1470 = v1451 * v136;
let v1472 = v1436 / v136;
let v1474 = v1436 % v136;
let v1475 = v1449 + v1472;
let v1476 = v1470 + v1474;
// is_in_bounds
// is_in_bounds_end
let v1481 = v916 + v1476;
// is_in_bounds
// is_in_bounds_end
let v1485 = v95 + v1475;
let v1495 = u32(v1485);
let v1496 = v1495 * v3;
let v1498 = v972 + v1496;
let v1499 = u32(v1481);
let v1500 = v1499 * v4;
let v1501 = v1498 + v1500;
let v1503 = v1501 / v203;
let v1504 = v1485 < v1;
let v1505 = v1481 < v2;
let v1506 = v1504 && v1505;
let v1511 = v1503 < v18544;
let v1515 = u32(v1511);
let v1516 = v1503 * v1515;
let v1520 = &(*v21473)[v1516];
let v1521 = *v1520;
let v1522 = vec4<bool>(v1511);
let v1523 = select(v954, v1521, v1522);
let v1524 = vec4<bool>(v1506);
let v1525 = select(v954, v1523, v1524);
let v1526 = u32(v1432);
let v1528 = v1526 / v203;
let v1531 = v930 + v1528;
let v1532 = &(*v18553)[v1531];
*v1532 = v1525;
let v21164 = u32(384);
let v1537 = v906 + v21164;
let v1539 = v1537 / v136;
let v1541 = v1537 % v136;
let v1554 = v1539 % v46;
let v1556 = v1539 / v46;
let v1575 = v1556 * v136;
let v1577 = v1541 / v136;
let v1579 = v1541 % v136;
let v1580 = v1554 + v1577;
let v1581 = v1575 + v1579;
// is_in_bounds
// is_in_bounds_end
let v1586 = v916 + v1581;
// is_in_bounds
// is_in_bounds_end
let v1590 = v95 + v1580;
let v1600 = u32(v1590);
let v1601 = v1600 * v3;
let v1603 = v972 + v1601;
let v1604 = u32(v1586);
let v1605 = v1604 * v4;
let v1606 = v1603 + v1605;
let v1608 = v1606 / v203;
let v1609 = v1590 < v1;
let v1610 = v1586 < v2;
let v1611 = v1609 && v1610;
let v1616 = v1608 < v18544;
let v1620 = u32(v1616);
let v1621 = v1608 * v1620;
let v1625 = &(*v21473)[v1621];
let v1626 = *v1625;
let v1627 = vec4<bool>(v1616);
let v1628 = select(v954, v1626, v1627);
let v1629 = vec4<bool>(v1611);
let v1630 = select(v954, v1628, v1629);
let v1631 = u32(v1537);
let v1633 = v1631 / v203;
let v1636 = v930 + v1633;
let v1637 = &(*v18553)[v1636];
*v1637 = v1630;
let v21161 = u32(448);
let v1642 = v906 + v21161;
let v1644 = v1642 / v136;
let v1646 = v1642 % v136;
let v1659 = v1644 % v46;
let v1661 = v1644 / v46;
let v1680 = v1661 * v136;
let v1682 = v1646 / v136;
let v1684 = v1646 % v136;
let v1685 = v1659 + v1682;
let v1686 = v1680 + v1684;
// is_in_bounds
// is_in_bounds_end
let v1691 = v916 + v1686;
// is_in_bounds
// is_in_bounds_end
let v1695 = v95 + v1685;
let v1705 = u32(v1695);
let v1706 = v1705 * v3;
let v1708 = v972 + v1706;
let v1709 = u32(v1691);
let v1710 = v1709 * v4;
let v1711 = v1708 + v1710;
let v1713 = v1711 / v203;
let v1714 = v1695 < v1;
let v1715 = v1691 < v2;
let v1716 = v1714 && v1715;
let v1721 = v1713 < v18544;
let v1725 = u32(v1721);
let v1726 = v1713 * v1725;
let v1730 = &(*v21473)[v1726];
let v1731 = *v1730;
let v1732 = vec4<bool>(v1721);
let v1733 = select(v954, v1731, v1732);
let v1734 = vec4<bool>(v1716);
let v1735 = select(v954, v1733, v1734);
let v1736 = u32(v1642);
let v1738 = v1736 / v203;
let v1741 = v930 + v1738;
let v1742 = &(*v18553)[v1741];
*v1742 = v1735;
let v21158 = u32(512);
let v1747 = v906 + v21158;
let v1749 = v1747 / v136;
let v1751 = v1747 % v136;
let v1764 = v1749 % v46;
let v1766 = v1749 / v46;
let v1785 = v1766 * v136;
let v1787 = v1751 / v136;
let v1789 = v1751 % v136;
let v1790 = v1764 + v1787;
let v1791 = v1785 + v1789;
// is_in_bounds
// is_in_bounds_end
let v1796 = v916 + v1791;
// is_in_bounds
// is_in_bounds_end
let v1800 = v95 + v1790;
let v1810 = u32(v1800);
let v1811 = v1810 * v3;
let v1813 = v972 + v1811;
let v1814 = u32(v1796);
let v1815 = v1814 * v4;
let v1816 = v1813 + v1815;
let v1818 = v1816 / v203;
let v1819 = v1800 < v1;
let v1820 = v1796 < v2;
let v1821 = v1819 && v1820;
let v1826 = v1818 < v18544;
let v1830 = u32(v1826);
let v1831 = v1818 * v1830;
let v1835 = &(*v21473)[v1831];
let v1836 = *v1835;
let v1837 = vec4<bool>(v1826);
let v1838 = select(v954, v1836, v1837);
let v1839 = vec4<bool>(v1821);
let v1840 = select(v954, v1838, v1839);
let v1841 = u32(v1747);
let v1843 = v1841 / v203;
let v1846 = v930 + v1843;
let v1847 = &(*v18553)[v1846];
*v1847 = v1840;
let v21155 = u32(576);
let v1852 = v906 + v21155;
let v1854 = v1852 / v136;
let v1856 = v1852 % v136;
let v1869 = v1854 % v46;
let v1871 = v1854 / v46;
let v1890 = v1871 * v136;
let v1892 = v1856 / v136;
let v1894 = v1856 % v136;
let v1895 = v1869 + v1892;
let v1896 = v1890 + v1894;
// is_in_bounds
// is_in_bounds_end
let v1901 = v916 + v1896;
// is_in_bounds
// is_in_bounds_end
let v1905 = v95 + v1895;
let v1915 = u32(v1905);
let v1916 = v1915 * v3;
let v1918 = v972 + v1916;
let v1919 = u32(v1901);
let v1920 = v1919 * v4;
let v1921 = v1918 + v1920;
let v1923 = v1921 / v203;
let v1924 = v1905 < v1;
let v1925 = v1901 < v2;
let v1926 = v1924 && v1925;
let v1931 = v1923 < v18544;
let v1935 = u32(v1931);
let v1936 = v1923 * v1935;
let v1940 = &(*v21473)[v1936];
let v1941 = *v1940;
let v1942 = vec4<bool>(v1931);
let v1943 = select(v954, v1941, v1942);
let v1944 = vec4<bool>(v1926);
let v1945 = select(v954, v1943, v1944);
let v1946 = u32(v1852);
let v1948 = v1946 / v203;
let v1951 = v930 + v1948;
let v1952 = &(*v18553)[v1951];
*v1952 = v1945;
let v21152 = u32(640);
let v1957 = v906 + v21152;
let v1959 = v1957 / v136;
let v1961 = v1957 % v136;
let v1974 = v1959 % v46;
let v1976 = v1959 / v46;
let v1995 = v1976 * v136;
let v1997 = v1961 / v136;
let v1999 = v1961 % v136;
let v2000 = v1974 + v1997;
let v2001 = v1995 + v1999;
// is_in_bounds
// is_in_bounds_end
let v2006 = v916 + v2001;
// is_in_bounds
// is_in_bounds_end
let v2010 = v95 + v2000;
let v2020 = u32(v2010);
let v2021 = v2020 * v3;
let v2023 = v972 + v2021;
let v2024 = u32(v2006);
let v2025 = v2024 * v4;
let v2026 = v2023 + v2025;
let v2028 = v2026 / v203;
let v2029 = v2010 < v1;
let v2030 = v2006 < v2;
let v2031 = v2029 && v2030;
let v2036 = v2028 < v18544;
let v2040 = u32(v2036);
let v2041 = v2028 * v2040;
let v2045 = &(*v21473)[v2041];
let v2046 = *v2045;
let v2047 = vec4<bool>(v2036);
let v2048 = select(v954, v2046, v2047);
let v2049 = vec4<bool>(v2031);
let v2050 = select(v954, v2048, v2049);
let v2051 = u32(v1957);
let v2053 = v2051 / v203;
let v2056 = v930 + v2053;
let v2057 = &(*v18553)[v2056];
*v2057 = v2050;
let v21149 = u32(704);
let v2062 = v906 + v21149;
let v2064 = v2062 / v136;
let v2066 = v2062 % v136;
let v2079 = v2064 % v46;
let v2081 = v2064 / v46;
let v2100 = v2081 * v136;
let v2102 = v2066 / v136;
let v2104 = v2066 % v136;
let v2105 = v2079 + v2102;
let v2106 = v2100 + v2104;
// is_in_bounds
// is_in_bounds_end
let v2111 = v916 + v2106;
// is_in_bounds
// is_in_bounds_end
let v2115 = v95 + v2105;
let v2125 = u32(v2115);
let v2126 = v2125 * v3;
let v2128 = v972 + v2126;
let v2129 = u32(v2111);
let v2130 = v2129 * v4;
let v2131 = v2128 + v2130;
let v2133 = v2131 / v203;
let v2134 = v2115 < v1;
let v2135 = v2111 < v2;
let v2136 = v2134 && v2135;
let v2141 = v2133 < v18544;
let v2145 = u32(v2141);
let v2146 = v2133 * v2145;
let v2150 = &(*v21473)[v2146];
let v2151 = *v2150;
let v2152 = vec4<bool>(v2141);
let v2153 = select(v954, v2151, v2152);
let v2154 = vec4<bool>(v2136);
let v2155 = select(v954, v2153, v2154);
let v2156 = u32(v2062);
let v2158 = v2156 / v203;
let v2161 = v930 + v2158;
let v2162 = &(*v18553)[v2161];
*v2162 = v2155;
let v21146 = u32(768);
let v2167 = v906 + v21146;
let v2169 = v2167 / v136;
let v2171 = v2167 % v136;
let v2184 = v2169 % v46;
let v2186 = v2169 / v46;
let v2205 = v2186 * v136;
let v2207 = v2171 / v136;
let v2209 = v2171 % v136;
let v2210 = v2184 + v2207;
let v2211 = v2205 + v2209;
// is_in_bounds
// is_in_bounds_end
let v2216 = v916 + v2211;
// is_in_bounds
// is_in_bounds_end
let v2220 = v95 + v2210;
let v2230 = u32(v2220);
let v2231 = v2230 * v3;
let v2233 = v972 + v2231;
let v2234 = u32(v2216);
let v2235 = v2234 * v4;
let v2236 = v2233 + v2235;
let v2238 = v2236 / v203;
let v2239 = v2220 < v1;
let v2240 = v2216 < v2;
let v2241 = v2239 && v2240;
let v2246 = v2238 < v18544;
let v2250 = u32(v2246);
let v2251 = v2238 * v2250;
let v2255 = &(*v21473)[v2251];
let v2256 = *v2255;
let v2257 = vec4<bool>(v2246);
let v2258 = select(v954, v2256, v2257);
let v2259 = vec4<bool>(v2241);
let v2260 = select(v954, v2258, v2259);
let v2261 = u32(v2167);
let v2263 = v2261 / v203;
let v2266 = v930 + v2263;
let v2267 = &(*v18553)[v2266];
*v2267 = v2260;
let v21143 = u32(832);
let v2272 = v906 + v21143;
let v2274 = v2272 / v136;
let v2276 = v2272 % v136;
let v2289 = v2274 % v46;
let v2291 = v2274 / v46;
let v2310 = v2291 * v136;
let v2312 = v2276 / v136;
let v2314 = v2276 % v136;
let v2315 = v2289 + v2312;
let v2316 = v2310 + v2314;
// is_in_bounds
// is_in_bounds_end
let v2321 = v916 + v2316;
// is_in_bounds
// is_in_bounds_end
let v2325 = v95 + v2315;
let v2335 = u32(v2325);
let v2336 = v2335 * v3;
let v2338 = v972 + v2336;
let v2339 = u32(v2321);
let v2340 = v2339 * v4;
let v2341 = v2338 + v2340;
let v2343 = v2341 / v203;
let v2344 = v2325 < v1;
let v2345 = v2321 < v2;
let v2346 = v2344 && v2345;
let v2351 = v2343 < v18544;
let v2355 = u32(v2351);
let v2356 = v2343 * v2355;
let v2360 = &(*v21473)[v2356];
let v2361 = *v2360;
let v2362 = vec4<bool>(v2351);
let v2363 = select(v954, v2361, v2362);
let v2364 = vec4<bool>(v2346);
let v2365 = select(v954, v2363, v2364);
let v2366 = u32(v2272);
let v2368 = v2366 / v203;
let v2371 = v930 + v2368;
let v2372 = &(*v18553)[v2371];
*v2372 = v2365;
let v21140 = u32(896);
let v2377 = v906 + v21140;
let v2379 = v2377 / v136;
let v2381 = v2377 % v136;
let v2394 = v2379 % v46;
let v2396 = v2379 / v46;
let v2415 = v2396 * v136;
let v2417 = v2381 / v136;
let v2419 = v2381 % v136;
let v2420 = v2394 + v2417;
let v2421 = v2415 + v2419;
// is_in_bounds
// is_in_bounds_end
let v2426 = v916 + v2421;
// is_in_bounds
// is_in_bounds_end
let v2430 = v95 + v2420;
let v2440 = u32(v2430);
let v2441 = v2440 * v3;
let v2443 = v972 + v2441;
let v2444 = u32(v2426);
let v2445 = v2444 * v4;
let v2446 = v2443 + v2445;
let v2448 = v2446 / v203;
let v2449 = v2430 < v1;
let v2450 = v2426 < v2;
let v2451 = v2449 && v2450;
let v2456 = v2448 < v18544;
let v2460 = u32(v2456);
let v2461 = v2448 * v2460;
let v2465 = &(*v21473)[v2461];
let v2466 = *v2465;
let v2467 = vec4<bool>(v2456);
let v2468 = select(v954, v2466, v2467);
let v2469 = vec4<bool>(v2451);
let v2470 = select(v954, v2468, v2469);
let v2471 = u32(v2377);
let v2473 = v2471 / v203;
let v2476 = v930 + v2473;
let v2477 = &(*v18553)[v2476];
*v2477 = v2470;
let v21137 = u32(960);
let v2482 = v906 + v21137;
let v2484 = v2482 / v136;
let v2486 = v2482 % v136;
let v2499 = v2484 % v46;
let v2501 = v2484 / v46;
let v2520 = v2501 * v136;
let v2522 = v2486 / v136;
let v2524 = v2486 % v136;
let v2525 = v2499 + v2522;
let v2526 = v2520 + v2524;
// is_in_bounds
// is_in_bounds_end
let v2531 = v916 + v2526;
// is_in_bounds
// is_in_bounds_end
let v2535 = v95 + v2525;
let v2545 = u32(v2535);
let v2546 = v2545 * v3;
let v2548 = v972 + v2546;
let v2549 = u32(v2531);
let v2550 = v2549 * v4;
let v2551 = v2548 + v2550;
let v2553 = v2551 / v203;
let v2554 = v2535 < v1;
let v2555 = v2531 < v2;
let v2556 = v2554 && v2555;
let v2561 = v2553 < v18544;
let v2565 = u32(v2561);
let v2566 = v2553 * v2565;
let v2570 = &(*v21473)[v2566];
let v2571 = *v2570;
let v2572 = vec4<bool>(v2561);
let v2573 = select(v954, v2571, v2572);
let v2574 = vec4<bool>(v2556);
let v2575 = select(v954, v2573, v2574);
let v2576 = u32(v2482);
let v2578 = v2576 / v203;
let v2581 = v930 + v2578;
let v2582 = &(*v18553)[v2581];
*v2582 = v2575;
let v2589 = v899 * v149;
var<function> v18652_store: u32;
let v18652 = &v18652_store;
*v18652 = v2589;
let v2594 = *v18652;
let v2597 = v2594 / v168;
let v2599 = v2594 % v168;
let v2600 = *v18556;
let v2602 = min(v2600, v114);
let v2612 = v2597 / v133;
let v2614 = v2597 % v133;
let v2615 = *v18565;
let v2617 = v2615 * v858;
let v2618 = u32(v2617);
let v2631 = v2612 * v136;
let v2633 = v2614 * v136;
let v2635 = v2599 / v136;
let v2637 = v2599 % v136;
let v2638 = v2631 + v2635;
let v2639 = v2633 + v2637;
let v2641 = vec2<i32>(v952);
let v2642 = vec2<f32>(v2641);
// is_in_bounds
// is_in_bounds_end
let v2643 = v2602 + v2638;
// is_in_bounds
// is_in_bounds_end
let v2649 = v111 + v2639;
let v2658 = u32(v2643);
let v2659 = v2658 * v11;
let v2660 = *v18550;
let v2661 = v2660 + v2659;
let v2662 = u32(v2649);
let v2663 = v2662 * v12;
let v2664 = v2661 + v2663;
let v2665 = u32(2);
let v2666 = v2664 / v2665;
let v2667 = v2643 < v9;
let v2668 = v2649 < v10;
let v2669 = v2667 && v2668;
let v2674 = v2666 < v18545;
let v2678 = u32(v2674);
let v2679 = v2666 * v2678;
let v2683 = &(*v21472)[v2679];
let v2684 = *v2683;
let v2685 = vec2<bool>(v2674);
let v2686 = select(v2642, v2684, v2685);
let v2687 = vec2<bool>(v2669);
let v2688 = select(v2642, v2686, v2687);
let v2689 = u32(v2594);
let v2691 = v2689 / v2665;
let v2694 = v2618 + v2691;
let v2695 = &(*v18555)[v2694];
*v2695 = v2688;
let v2700 = v2594 + v50;
let v2702 = v2700 / v168;
let v2704 = v2700 % v168;
let v2717 = v2702 / v133;
let v2719 = v2702 % v133;
let v2736 = v2717 * v136;
let v2738 = v2719 * v136;
let v2740 = v2704 / v136;
let v2742 = v2704 % v136;
let v2743 = v2736 + v2740;
let v2744 = v2738 + v2742;
// is_in_bounds
// is_in_bounds_end
let v2748 = v2602 + v2743;
// is_in_bounds
// is_in_bounds_end
let v2754 = v111 + v2744;
let v2763 = u32(v2748);
let v2764 = v2763 * v11;
let v2766 = v2660 + v2764;
let v2767 = u32(v2754);
let v2768 = v2767 * v12;
let v2769 = v2766 + v2768;
let v2771 = v2769 / v2665;
let v2772 = v2748 < v9;
let v2773 = v2754 < v10;
let v2774 = v2772 && v2773;
let v2779 = v2771 < v18545;
let v2783 = u32(v2779);
let v2784 = v2771 * v2783;
let v2788 = &(*v21472)[v2784];
let v2789 = *v2788;
let v2790 = vec2<bool>(v2779);
let v2791 = select(v2642, v2789, v2790);
let v2792 = vec2<bool>(v2774);
let v2793 = select(v2642, v2791, v2792);
let v2794 = u32(v2700);
let v2796 = v2794 / v2665;
let v2799 = v2618 + v2796;
let v2800 = &(*v18555)[v2799];
*v2800 = v2793;
let v2805 = v2594 + v46;
let v2807 = v2805 / v168;
let v2809 = v2805 % v168;
let v2822 = v2807 / v133;
let v2824 = v2807 % v133;
let v2841 = v2822 * v136;
let v2843 = v2824 * v136;
let v2845 = v2809 / v136;
let v2847 = v2809 % v136;
let v2848 = v2841 + v2845;
let v2849 = v2843 + v2847;
// is_in_bounds
// is_in_bounds_end
let v2853 = v2602 + v2848;
// is_in_bounds
// is_in_bounds_end
let v2859 = v111 + v2849;
let v2868 = u32(v2853);
let v2869 = v2868 * v11;
let v2871 = v2660 + v2869;
let v2872 = u32(v2859);
let v2873 = v2872 * v12;
let v2874 = v2871 + v2873;
let v2876 = v2874 / v2665;
let v2877 = v2853 < v9;
let v2878 = v2859 < v10;
let v2879 = v2877 && v2878;
let v2884 = v2876 < v18545;
let v2888 = u32(v2884);
let v2889 = v2876 * v2888;
let v2893 = &(*v21472)[v2889];
let v2894 = *v2893;
let v2895 = vec2<bool>(v2884);
let v2896 = select(v2642, v2894, v2895);
let v2897 = vec2<bool>(v2879);
let v2898 = select(v2642, v2896, v2897);
let v2899 = u32(v2805);
let v2901 = v2899 / v2665;
let v2904 = v2618 + v2901;
let v2905 = &(*v18555)[v2904];
*v2905 = v2898;
let v21125 = u32(96);
let v2910 = v2594 + v21125;
let v2912 = v2910 / v168;
let v2914 = v2910 % v168;
let v2927 = v2912 / v133;
let v2929 = v2912 % v133;
let v2946 = v2927 * v136;
let v2948 = v2929 * v136;
let v2950 = v2914 / v136;
let v2952 = v2914 % v136;
let v2953 = v2946 + v2950;
let v2954 = v2948 + v2952;
// is_in_bounds
// is_in_bounds_end
let v2958 = v2602 + v2953;
// is_in_bounds
// is_in_bounds_end
let v2964 = v111 + v2954;
let v2973 = u32(v2958);
let v2974 = v2973 * v11;
let v2976 = v2660 + v2974;
let v2977 = u32(v2964);
let v2978 = v2977 * v12;
let v2979 = v2976 + v2978;
let v2981 = v2979 / v2665;
let v2982 = v2958 < v9;
let v2983 = v2964 < v10;
let v2984 = v2982 && v2983;
let v2989 = v2981 < v18545;
let v2993 = u32(v2989);
let v2994 = v2981 * v2993;
let v2998 = &(*v21472)[v2994];
let v2999 = *v2998;
let v3000 = vec2<bool>(v2989);
let v3001 = select(v2642, v2999, v3000);
let v3002 = vec2<bool>(v2984);
let v3003 = select(v2642, v3001, v3002);
let v3004 = u32(v2910);
let v3006 = v3004 / v2665;
let v3009 = v2618 + v3006;
let v3010 = &(*v18555)[v3009];
*v3010 = v3003;
let v3015 = v2594 + v21176;
let v3017 = v3015 / v168;
let v3019 = v3015 % v168;
let v3032 = v3017 / v133;
let v3034 = v3017 % v133;
let v3051 = v3032 * v136;
let v3053 = v3034 * v136;
let v3055 = v3019 / v136;
let v3057 = v3019 % v136;
let v3058 = v3051 + v3055;
let v3059 = v3053 + v3057;
// is_in_bounds
// is_in_bounds_end
let v3063 = v2602 + v3058;
// is_in_bounds
// is_in_bounds_end
let v3069 = v111 + v3059;
let v3078 = u32(v3063);
let v3079 = v3078 * v11;
let v3081 = v2660 + v3079;
let v3082 = u32(v3069);
let v3083 = v3082 * v12;
let v3084 = v3081 + v3083;
let v3086 = v3084 / v2665;
let v3087 = v3063 < v9;
let v3088 = v3069 < v10;
let v3089 = v3087 && v3088;
let v3094 = v3086 < v18545;
let v3098 = u32(v3094);
let v3099 = v3086 * v3098;
let v3103 = &(*v21472)[v3099];
let v3104 = *v3103;
let v3105 = vec2<bool>(v3094);
let v3106 = select(v2642, v3104, v3105);
let v3107 = vec2<bool>(v3089);
let v3108 = select(v2642, v3106, v3107);
let v3109 = u32(v3015);
let v3111 = v3109 / v2665;
let v3114 = v2618 + v3111;
let v3115 = &(*v18555)[v3114];
*v3115 = v3108;
let v21119 = u32(160);
let v3120 = v2594 + v21119;
let v3122 = v3120 / v168;
let v3124 = v3120 % v168;
let v3137 = v3122 / v133;
let v3139 = v3122 % v133;
let v3156 = v3137 * v136;
let v3158 = v3139 * v136;
let v3160 = v3124 / v136;
let v3162 = v3124 % v136;
let v3163 = v3156 + v3160;
let v3164 = v3158 + v3162;
// is_in_bounds
// is_in_bounds_end
let v3168 = v2602 + v3163;
// is_in_bounds
// is_in_bounds_end
let v3174 = v111 + v3164;
let v3183 = u32(v3168);
let v3184 = v3183 * v11;
let v3186 = v2660 + v3184;
let v3187 = u32(v3174);
let v3188 = v3187 * v12;
let v3189 = v3186 + v3188;
let v3191 = v3189 / v2665;
let v3192 = v3168 < v9;
let v3193 = v3174 < v10;
let v3194 = v3192 && v3193;
let v3199 = v3191 < v18545;
let v3203 = u32(v3199);
let v3204 = v3191 * v3203;
let v3208 = &(*v21472)[v3204];
let v3209 = *v3208;
let v3210 = vec2<bool>(v3199);
let v3211 = select(v2642, v3209, v3210);
let v3212 = vec2<bool>(v3194);
let v3213 = select(v2642, v3211, v3212);
let v3214 = u32(v3120);
let v3216 = v3214 / v2665;
let v3219 = v2618 + v3216;
let v3220 = &(*v18555)[v3219];
*v3220 = v3213;
let v3225 = v2594 + v21173;
let v3227 = v3225 / v168;
let v3229 = v3225 % v168;
let v3242 = v3227 / v133;
let v3244 = v3227 % v133;
let v3261 = v3242 * v136;
let v3263 = v3244 * v136;
let v3265 = v3229 / v136;
let v3267 = v3229 % v136;
let v3268 = v3261 + v3265;
let v3269 = v3263 + v3267;
// is_in_bounds
// is_in_bounds_end
let v3273 = v2602 + v3268;
// is_in_bounds
// is_in_bounds_end
let v3279 = v111 + v3269;
let v3288 = u32(v3273);
let v3289 = v3288 * v11;
let v3291 = v2660 + v3289;
let v3292 = u32(v3279);
let v3293 = v3292 * v12;
let v3294 = v3291 + v3293;
let v3296 = v3294 / v2665;
let v3297 = v3273 < v9;
let v3298 = v3279 < v10;
let v3299 = v3297 && v3298;
let v3304 = v3296 < v18545;
let v3308 = u32(v3304);
let v3309 = v3296 * v3308;
let v3313 = &(*v21472)[v3309];
let v3314 = *v3313;
let v3315 = vec2<bool>(v3304);
let v3316 = select(v2642, v3314, v3315);
let v3317 = vec2<bool>(v3299);
let v3318 = select(v2642, v3316, v3317);
let v3319 = u32(v3225);
let v3321 = v3319 / v2665;
let v3324 = v2618 + v3321;
let v3325 = &(*v18555)[v3324];
*v3325 = v3318;
let v21113 = u32(224);
let v3330 = v2594 + v21113;
let v3332 = v3330 / v168;
let v3334 = v3330 % v168;
let v3347 = v3332 / v133;
let v3349 = v3332 % v133;
let v3366 = v3347 * v136;
let v3368 = v3349 * v136;
let v3370 = v3334 / v136;
let v3372 = v3334 % v136;
let v3373 = v3366 + v3370;
let v3374 = v3368 + v3372;
// is_in_bounds
// is_in_bounds_end
let v3378 = v2602 + v3373;
// is_in_bounds
// is_in_bounds_end
let v3384 = v111 + v3374;
let v3393 = u32(v3378);
let v3394 = v3393 * v11;
let v3396 = v2660 + v3394;
let v3397 = u32(v3384);
let v3398 = v3397 * v12;
let v3399 = v3396 + v3398;
let v3401 = v3399 / v2665;
let v3402 = v3378 < v9;
let v3403 = v3384 < v10;
let v3404 = v3402 && v3403;
let v3409 = v3401 < v18545;
let v3413 = u32(v3409);
let v3414 = v3401 * v3413;
let v3418 = &(*v21472)[v3414];
let v3419 = *v3418;
let v3420 = vec2<bool>(v3409);
let v3421 = select(v2642, v3419, v3420);
let v3422 = vec2<bool>(v3404);
let v3423 = select(v2642, v3421, v3422);
let v3424 = u32(v3330);
let v3426 = v3424 / v2665;
let v3429 = v2618 + v3426;
let v3430 = &(*v18555)[v3429];
*v3430 = v3423;
let v3435 = v2594 + v858;
let v3437 = v3435 / v168;
let v3439 = v3435 % v168;
let v3452 = v3437 / v133;
let v3454 = v3437 % v133;
let v3471 = v3452 * v136;
let v3473 = v3454 * v136;
let v3475 = v3439 / v136;
let v3477 = v3439 % v136;
let v3478 = v3471 + v3475;
let v3479 = v3473 + v3477;
// is_in_bounds
// is_in_bounds_end
let v3483 = v2602 + v3478;
// is_in_bounds
// is_in_bounds_end
let v3489 = v111 + v3479;
let v3498 = u32(v3483);
let v3499 = v3498 * v11;
let v3501 = v2660 + v3499;
let v3502 = u32(v3489);
let v3503 = v3502 * v12;
let v3504 = v3501 + v3503;
let v3506 = v3504 / v2665;
let v3507 = v3483 < v9;
let v3508 = v3489 < v10;
let v3509 = v3507 && v3508;
let v3514 = v3506 < v18545;
let v3518 = u32(v3514);
let v3519 = v3506 * v3518;
let v3523 = &(*v21472)[v3519];
let v3524 = *v3523;
let v3525 = vec2<bool>(v3514);
let v3526 = select(v2642, v3524, v3525);
let v3527 = vec2<bool>(v3509);
let v3528 = select(v2642, v3526, v3527);
let v3529 = u32(v3435);
let v3531 = v3529 / v2665;
let v3534 = v2618 + v3531;
let v3535 = &(*v18555)[v3534];
*v3535 = v3528;
let v21107 = u32(288);
let v3540 = v2594 + v21107;
let v3542 = v3540 / v168;
let v3544 = v3540 % v168;
let v3557 = v3542 / v133;
let v3559 = v3542 % v133;
let v3576 = v3557 * v136;
let v3578 = v3559 * v136;
let v3580 = v3544 / v136;
let v3582 = v3544 % v136;
let v3583 = v3576 + v3580;
let v3584 = v3578 + v3582;
// is_in_bounds
// is_in_bounds_end
let v3588 = v2602 + v3583;
// is_in_bounds
// is_in_bounds_end
let v3594 = v111 + v3584;
let v3603 = u32(v3588);
let v3604 = v3603 * v11;
let v3606 = v2660 + v3604;
let v3607 = u32(v3594);
let v3608 = v3607 * v12;
let v3609 = v3606 + v3608;
let v3611 = v3609 / v2665;
let v3612 = v3588 < v9;
let v3613 = v3594 < v10;
let v3614 = v3612 && v3613;
let v3619 = v3611 < v18545;
let v3623 = u32(v3619);
let v3624 = v3611 * v3623;
let v3628 = &(*v21472)[v3624];
let v3629 = *v3628;
let v3630 = vec2<bool>(v3619);
let v3631 = select(v2642, v3629, v3630);
let v3632 = vec2<bool>(v3614);
let v3633 = select(v2642, v3631, v3632);
let v3634 = u32(v3540);
let v3636 = v3634 / v2665;
let v3639 = v2618 + v3636;
let v3640 = &(*v18555)[v3639];
*v3640 = v3633;
let v3645 = v2594 + v21167;
let v3647 = v3645 / v168;
let v3649 = v3645 % v168;
let v3662 = v3647 / v133;
let v3664 = v3647 % v133;
let v3681 = v3662 * v136;
let v3683 = v3664 * v136;
let v3685 = v3649 / v136;
let v3687 = v3649 % v136;
let v3688 = v3681 + v3685;
let v3689 = v3683 + v3687;
// is_in_bounds
// is_in_bounds_end
let v3693 = v2602 + v3688;
// is_in_bounds
// is_in_bounds_end
let v3699 = v111 + v3689;
let v3708 = u32(v3693);
let v3709 = v3708 * v11;
let v3711 = v2660 + v3709;
let v3712 = u32(v3699);
let v3713 = v3712 * v12;
let v3714 = v3711 + v3713;
let v3716 = v3714 / v2665;
let v3717 = v3693 < v9;
let v3718 = v3699 < v10;
let v3719 = v3717 && v3718;
let v3724 = v3716 < v18545;
let v3728 = u32(v3724);
let v3729 = v3716 * v3728;
let v3733 = &(*v21472)[v3729];
let v3734 = *v3733;
let v3735 = vec2<bool>(v3724);
let v3736 = select(v2642, v3734, v3735);
let v3737 = vec2<bool>(v3719);
let v3738 = select(v2642, v3736, v3737);
let v3739 = u32(v3645);
let v3741 = v3739 / v2665;
let v3744 = v2618 + v3741;
let v3745 = &(*v18555)[v3744];
*v3745 = v3738;
let v21101 = u32(352);
let v3750 = v2594 + v21101;
let v3752 = v3750 / v168;
let v3754 = v3750 % v168;
let v3767 = v3752 / v133;
let v3769 = v3752 % v133;
let v3786 = v3767 * v136;
let v3788 = v3769 * v136;
let v3790 = v3754 / v136;
let v3792 = v3754 % v136;
let v3793 = v3786 + v3790;
let v3794 = v3788 + v3792;
// is_in_bounds
// is_in_bounds_end
let v3798 = v2602 + v3793;
// is_in_bounds
// is_in_bounds_end
let v3804 = v111 + v3794;
let v3813 = u32(v3798);
let v3814 = v3813 * v11;
let v3816 = v2660 + v3814;
let v3817 = u32(v3804);
let v3818 = v3817 * v12;
let v3819 = v3816 + v3818;
let v3821 = v3819 / v2665;
let v3822 = v3798 < v9;
let v3823 = v3804 < v10;
let v3824 = v3822 && v3823;
let v3829 = v3821 < v18545;
let v3833 = u32(v3829);
let v3834 = v3821 * v3833;
let v3838 = &(*v21472)[v3834];
let v3839 = *v3838;
let v3840 = vec2<bool>(v3829);
let v3841 = select(v2642, v3839, v3840);
let v3842 = vec2<bool>(v3824);
let v3843 = select(v2642, v3841, v3842);
let v3844 = u32(v3750);
let v3846 = v3844 / v2665;
let v3849 = v2618 + v3846;
let v3850 = &(*v18555)[v3849];
*v3850 = v3843;
let v3855 = v2594 + v21164;
let v3857 = v3855 / v168;
let v3859 = v3855 % v168;
let v3872 = v3857 / v133;
let v3874 = v3857 % v133;
let v3891 = v3872 * v136;
let v3893 = v3874 * v136;
let v3895 = v3859 / v136;
let v3897 = v3859 % v136;
let v3898 = v3891 + v3895;
let v3899 = v3893 + v3897;
// is_in_bounds
// is_in_bounds_end
let v3903 = v2602 + v3898;
// is_in_bounds
// is_in_bounds_end
let v3909 = v111 + v3899;
let v3918 = u32(v3903);
let v3919 = v3918 * v11;
let v3921 = v2660 + v3919;
let v3922 = u32(v3909);
let v3923 = v3922 * v12;
let v3924 = v3921 + v3923;
let v3926 = v3924 / v2665;
let v3927 = v3903 < v9;
let v3928 = v3909 < v10;
let v3929 = v3927 && v3928;
let v3934 = v3926 < v18545;
let v3938 = u32(v3934);
let v3939 = v3926 * v3938;
let v3943 = &(*v21472)[v3939];
let v3944 = *v3943;
let v3945 = vec2<bool>(v3934);
let v3946 = select(v2642, v3944, v3945);
let v3947 = vec2<bool>(v3929);
let v3948 = select(v2642, v3946, v3947);
let v3949 = u32(v3855);
let v3951 = v3949 / v2665;
let v3954 = v2618 + v3951;
let v3955 = &(*v18555)[v3954];
*v3955 = v3948;
let v21095 = u32(416);
let v3960 = v2594 + v21095;
let v3962 = v3960 / v168;
let v3964 = v3960 % v168;
let v3977 = v3962 / v133;
let v3979 = v3962 % v133;
let v3996 = v3977 * v136;
let v3998 = v3979 * v136;
let v4000 = v3964 / v136;
let v4002 = v3964 % v136;
let v4003 = v3996 + v4000;
let v4004 = v3998 + v4002;
// is_in_bounds
// is_in_bounds_end
let v4008 = v2602 + v4003;
// is_in_bounds
// is_in_bounds_end
let v4014 = v111 + v4004;
let v4023 = u32(v4008);
let v4024 = v4023 * v11;
let v4026 = v2660 + v4024;
let v4027 = u32(v4014);
let v4028 = v4027 * v12;
let v4029 = v4026 + v4028;
let v4031 = v4029 / v2665;
let v4032 = v4008 < v9;
let v4033 = v4014 < v10;
let v4034 = v4032 && v4033;
let v4039 = v4031 < v18545;
let v4043 = u32(v4039);
let v4044 = v4031 * v4043;
let v4048 = &(*v21472)[v4044];
let v4049 = *v4048;
let v4050 = vec2<bool>(v4039);
let v4051 = select(v2642, v4049, v4050);
let v4052 = vec2<bool>(v4034);
let v4053 = select(v2642, v4051, v4052);
let v4054 = u32(v3960);
let v4056 = v4054 / v2665;
let v4059 = v2618 + v4056;
let v4060 = &(*v18555)[v4059];
*v4060 = v4053;
let v4065 = v2594 + v21161;
let v4067 = v4065 / v168;
let v4069 = v4065 % v168;
let v4082 = v4067 / v133;
let v4084 = v4067 % v133;
let v4101 = v4082 * v136;
let v4103 = v4084 * v136;
let v4105 = v4069 / v136;
let v4107 = v4069 % v136;
let v4108 = v4101 + v4105;
let v4109 = v4103 + v4107;
// is_in_bounds
// is_in_bounds_end
let v4113 = v2602 + v4108;
// is_in_bounds
// is_in_bounds_end
let v4119 = v111 + v4109;
let v4128 = u32(v4113);
let v4129 = v4128 * v11;
let v4131 = v2660 + v4129;
let v4132 = u32(v4119);
let v4133 = v4132 * v12;
let v4134 = v4131 + v4133;
let v4136 = v4134 / v2665;
let v4137 = v4113 < v9;
let v4138 = v4119 < v10;
let v4139 = v4137 && v4138;
let v4144 = v4136 < v18545;
let v4148 = u32(v4144);
let v4149 = v4136 * v4148;
let v4153 = &(*v21472)[v4149];
let v4154 = *v4153;
let v4155 = vec2<bool>(v4144);
let v4156 = select(v2642, v4154, v4155);
let v4157 = vec2<bool>(v4139);
let v4158 = select(v2642, v4156, v4157);
let v4159 = u32(v4065);
let v4161 = v4159 / v2665;
let v4164 = v2618 + v4161;
let v4165 = &(*v18555)[v4164];
*v4165 = v4158;
let v21089 = u32(480);
let v4170 = v2594 + v21089;
let v4172 = v4170 / v168;
let v4174 = v4170 % v168;
let v4187 = v4172 / v133;
let v4189 = v4172 % v133;
let v4206 = v4187 * v136;
let v4208 = v4189 * v136;
let v4210 = v4174 / v136;
let v4212 = v4174 % v136;
let v4213 = v4206 + v4210;
let v4214 = v4208 + v4212;
// is_in_bounds
// is_in_bounds_end
let v4218 = v2602 + v4213;
// is_in_bounds
// is_in_bounds_end
let v4224 = v111 + v4214;
let v4233 = u32(v4218);
let v4234 = v4233 * v11;
let v4236 = v2660 + v4234;
let v4237 = u32(v4224);
let v4238 = v4237 * v12;
let v4239 = v4236 + v4238;
let v4241 = v4239 / v2665;
let v4242 = v4218 < v9;
let v4243 = v4224 < v10;
let v4244 = v4242 && v4243;
let v4249 = v4241 < v18545;
let v4253 = u32(v4249);
let v4254 = v4241 * v4253;
let v4258 = &(*v21472)[v4254];
let v4259 = *v4258;
let v4260 = vec2<bool>(v4249);
let v4261 = select(v2642, v4259, v4260);
let v4262 = vec2<bool>(v4244);
let v4263 = select(v2642, v4261, v4262);
let v4264 = u32(v4170);
let v4266 = v4264 / v2665;
let v4269 = v2618 + v4266;
let v4270 = &(*v18555)[v4269];
*v4270 = v4263;
workgroupBarrier();
let v4279 = v136 * v403;
let v4281 = v4279 / v136;
let v4290 = u32(v4281);
let v4294 = &(*v18553)[v4290];
let v4295 = *v4294;
let v4296 = v4295[0];
let v4310 = &(*v18601)[v7];
*v4310 = v4296;
let v4311 = v4295[1];
let v21073 = u32(1);
let v4325 = &(*v18601)[v21073];
*v4325 = v4311;
let v4326 = v4295[2];
let v4340 = &(*v18601)[v2665];
*v4340 = v4326;
let v4341 = v4295[3];
let v21061 = u32(3);
let v4355 = &(*v18601)[v21061];
*v4355 = v4341;
let v4362 = v136 * v438;
let v4364 = v4362 / v136;
let v4373 = u32(v4364);
let v4377 = &(*v18553)[v4373];
let v4378 = *v4377;
let v4379 = v4378[0];
let v4393 = &(*v18602)[v7];
*v4393 = v4379;
let v4394 = v4378[1];
let v4408 = &(*v18602)[v21073];
*v4408 = v4394;
let v4409 = v4378[2];
let v4423 = &(*v18602)[v2665];
*v4423 = v4409;
let v4424 = v4378[3];
let v4438 = &(*v18602)[v21061];
*v4438 = v4424;
let v4445 = v136 * v466;
let v4447 = v4445 / v136;
let v4456 = u32(v4447);
let v4460 = &(*v18553)[v4456];
let v4461 = *v4460;
let v4462 = v4461[0];
let v4476 = &(*v18603)[v7];
*v4476 = v4462;
let v4477 = v4461[1];
let v4491 = &(*v18603)[v21073];
*v4491 = v4477;
let v4492 = v4461[2];
let v4506 = &(*v18603)[v2665];
*v4506 = v4492;
let v4507 = v4461[3];
let v4521 = &(*v18603)[v21061];
*v4521 = v4507;
let v4528 = v136 * v494;
let v4530 = v4528 / v136;
let v4539 = u32(v4530);
let v4543 = &(*v18553)[v4539];
let v4544 = *v4543;
let v4545 = v4544[0];
let v4559 = &(*v18604)[v7];
*v4559 = v4545;
let v4560 = v4544[1];
let v4574 = &(*v18604)[v21073];
*v4574 = v4560;
let v4575 = v4544[2];
let v4589 = &(*v18604)[v2665];
*v4589 = v4575;
let v4590 = v4544[3];
let v4604 = &(*v18604)[v21061];
*v4604 = v4590;
let v4611 = v136 * v522;
let v4613 = v4611 / v136;
let v4622 = u32(v4613);
let v4626 = &(*v18553)[v4622];
let v4627 = *v4626;
let v4628 = v4627[0];
let v4642 = &(*v18605)[v7];
*v4642 = v4628;
let v4643 = v4627[1];
let v4657 = &(*v18605)[v21073];
*v4657 = v4643;
let v4658 = v4627[2];
let v4672 = &(*v18605)[v2665];
*v4672 = v4658;
let v4673 = v4627[3];
let v4687 = &(*v18605)[v21061];
*v4687 = v4673;
let v4694 = v136 * v550;
let v4696 = v4694 / v136;
let v4705 = u32(v4696);
let v4709 = &(*v18553)[v4705];
let v4710 = *v4709;
let v4711 = v4710[0];
let v4725 = &(*v18606)[v7];
*v4725 = v4711;
let v4726 = v4710[1];
let v4740 = &(*v18606)[v21073];
*v4740 = v4726;
let v4741 = v4710[2];
let v4755 = &(*v18606)[v2665];
*v4755 = v4741;
let v4756 = v4710[3];
let v4770 = &(*v18606)[v21061];
*v4770 = v4756;
let v4777 = v136 * v578;
let v4779 = v4777 / v136;
let v4788 = u32(v4779);
let v4792 = &(*v18553)[v4788];
let v4793 = *v4792;
let v4794 = v4793[0];
let v4808 = &(*v18607)[v7];
*v4808 = v4794;
let v4809 = v4793[1];
let v4823 = &(*v18607)[v21073];
*v4823 = v4809;
let v4824 = v4793[2];
let v4838 = &(*v18607)[v2665];
*v4838 = v4824;
let v4839 = v4793[3];
let v4853 = &(*v18607)[v21061];
*v4853 = v4839;
let v4860 = v136 * v606;
let v4862 = v4860 / v136;
let v4871 = u32(v4862);
let v4875 = &(*v18553)[v4871];
let v4876 = *v4875;
let v4877 = v4876[0];
let v4891 = &(*v18608)[v7];
*v4891 = v4877;
let v4892 = v4876[1];
let v4906 = &(*v18608)[v21073];
*v4906 = v4892;
let v4907 = v4876[2];
let v4921 = &(*v18608)[v2665];
*v4921 = v4907;
let v4922 = v4876[3];
let v4936 = &(*v18608)[v21061];
*v4936 = v4922;
let v4943 = v136 * v634;
let v4945 = v4943 / v136;
let v4954 = u32(v4945);
let v4958 = &(*v18553)[v4954];
let v4959 = *v4958;
let v4960 = v4959[0];
let v4974 = &(*v18609)[v7];
*v4974 = v4960;
let v4975 = v4959[1];
let v4989 = &(*v18609)[v21073];
*v4989 = v4975;
let v4990 = v4959[2];
let v5004 = &(*v18609)[v2665];
*v5004 = v4990;
let v5005 = v4959[3];
let v5019 = &(*v18609)[v21061];
*v5019 = v5005;
let v5026 = v136 * v662;
let v5028 = v5026 / v136;
let v5037 = u32(v5028);
let v5041 = &(*v18553)[v5037];
let v5042 = *v5041;
let v5043 = v5042[0];
let v5057 = &(*v18610)[v7];
*v5057 = v5043;
let v5058 = v5042[1];
let v5072 = &(*v18610)[v21073];
*v5072 = v5058;
let v5073 = v5042[2];
let v5087 = &(*v18610)[v2665];
*v5087 = v5073;
let v5088 = v5042[3];
let v5102 = &(*v18610)[v21061];
*v5102 = v5088;
let v5109 = v136 * v690;
let v5111 = v5109 / v136;
let v5120 = u32(v5111);
let v5124 = &(*v18553)[v5120];
let v5125 = *v5124;
let v5126 = v5125[0];
let v5140 = &(*v18611)[v7];
*v5140 = v5126;
let v5141 = v5125[1];
let v5155 = &(*v18611)[v21073];
*v5155 = v5141;
let v5156 = v5125[2];
let v5170 = &(*v18611)[v2665];
*v5170 = v5156;
let v5171 = v5125[3];
let v5185 = &(*v18611)[v21061];
*v5185 = v5171;
let v5192 = v136 * v718;
let v5194 = v5192 / v136;
let v5203 = u32(v5194);
let v5207 = &(*v18553)[v5203];
let v5208 = *v5207;
let v5209 = v5208[0];
let v5223 = &(*v18612)[v7];
*v5223 = v5209;
let v5224 = v5208[1];
let v5238 = &(*v18612)[v21073];
*v5238 = v5224;
let v5239 = v5208[2];
let v5253 = &(*v18612)[v2665];
*v5253 = v5239;
let v5254 = v5208[3];
let v5268 = &(*v18612)[v21061];
*v5268 = v5254;
let v5275 = v136 * v746;
let v5277 = v5275 / v136;
let v5286 = u32(v5277);
let v5290 = &(*v18553)[v5286];
let v5291 = *v5290;
let v5292 = v5291[0];
let v5306 = &(*v18613)[v7];
*v5306 = v5292;
let v5307 = v5291[1];
let v5321 = &(*v18613)[v21073];
*v5321 = v5307;
let v5322 = v5291[2];
let v5336 = &(*v18613)[v2665];
*v5336 = v5322;
let v5337 = v5291[3];
let v5351 = &(*v18613)[v21061];
*v5351 = v5337;
let v5358 = v136 * v774;
let v5360 = v5358 / v136;
let v5369 = u32(v5360);
let v5373 = &(*v18553)[v5369];
let v5374 = *v5373;
let v5375 = v5374[0];
let v5389 = &(*v18614)[v7];
*v5389 = v5375;
let v5390 = v5374[1];
let v5404 = &(*v18614)[v21073];
*v5404 = v5390;
let v5405 = v5374[2];
let v5419 = &(*v18614)[v2665];
*v5419 = v5405;
let v5420 = v5374[3];
let v5434 = &(*v18614)[v21061];
*v5434 = v5420;
let v5441 = v136 * v802;
let v5443 = v5441 / v136;
let v5452 = u32(v5443);
let v5456 = &(*v18553)[v5452];
let v5457 = *v5456;
let v5458 = v5457[0];
let v5472 = &(*v18615)[v7];
*v5472 = v5458;
let v5473 = v5457[1];
let v5487 = &(*v18615)[v21073];
*v5487 = v5473;
let v5488 = v5457[2];
let v5502 = &(*v18615)[v2665];
*v5502 = v5488;
let v5503 = v5457[3];
let v5517 = &(*v18615)[v21061];
*v5517 = v5503;
let v5524 = v136 * v830;
let v5526 = v5524 / v136;
let v5535 = u32(v5526);
let v5539 = &(*v18553)[v5535];
let v5540 = *v5539;
let v5541 = v5540[0];
let v5555 = &(*v18616)[v7];
*v5555 = v5541;
let v5556 = v5540[1];
let v5570 = &(*v18616)[v21073];
*v5570 = v5556;
let v5571 = v5540[2];
let v5585 = &(*v18616)[v2665];
*v5585 = v5571;
let v5586 = v5540[3];
let v5600 = &(*v18616)[v21061];
*v5600 = v5586;
let v5607 = v168 * v405;
let v5609 = v5607 / v149;
for(var v5615: u32 = v56; v5615 < v136; v5615 += v44) {
for(var v5620: u32 = v56; v5620 < v149; v5620 += v44) {
let v5623 = v5615 * v149;
let v5624 = v5623 + v5620;
let v5625 = v5609 + v5624;
let v5626 = u32(v5625);
let v5630 = &(*v18555)[v5626];
let v5631 = *v5630;
let v5632 = v5631[0];
let v5634 = v5615 * v136;
let v5636 = v5620 * v149;
let v5637 = v5634 + v5636;
let v5640 = u32(v5637);
let v5644 = &(*v18649)[v5640];
*v5644 = v5632;
let v5645 = v5631[1];
let v5652 = v5637 + v44;
let v5653 = u32(v5652);
let v5657 = &(*v18649)[v5653];
*v5657 = v5645;

}

}
for(var v5661: u32 = v7; v5661 < v203; v5661 += v21073) {
let v5670 = &(*v18601)[v5661];
let v5671 = *v5670;
for(var v5675: u32 = v7; v5675 < v203; v5675 += v21073) {
let v5678 = v5661 * v203;
let v5679 = v5678 + v5675;
let v5683 = &(*v18649)[v5679];
let v5684 = *v5683;
let v5693 = &(*v18569)[v5675];
let v5694 = *v5693;
let v21343 = fma(v5671, v5684, v5694);
*v5693 = v21343;

}

}
for(var v5699: u32 = v7; v5699 < v203; v5699 += v21073) {
let v5708 = &(*v18602)[v5699];
let v5709 = *v5708;
for(var v5713: u32 = v7; v5713 < v203; v5713 += v21073) {
let v5716 = v5699 * v203;
let v5717 = v5716 + v5713;
let v5721 = &(*v18649)[v5717];
let v5722 = *v5721;
let v5731 = &(*v18571)[v5713];
let v5732 = *v5731;
let v21344 = fma(v5709, v5722, v5732);
*v5731 = v21344;

}

}
for(var v5737: u32 = v7; v5737 < v203; v5737 += v21073) {
let v5746 = &(*v18603)[v5737];
let v5747 = *v5746;
for(var v5751: u32 = v7; v5751 < v203; v5751 += v21073) {
let v5754 = v5737 * v203;
let v5755 = v5754 + v5751;
let v5759 = &(*v18649)[v5755];
let v5760 = *v5759;
let v5769 = &(*v18573)[v5751];
let v5770 = *v5769;
let v21345 = fma(v5747, v5760, v5770);
*v5769 = v21345;

}

}
for(var v5775: u32 = v7; v5775 < v203; v5775 += v21073) {
let v5784 = &(*v18604)[v5775];
let v5785 = *v5784;
for(var v5789: u32 = v7; v5789 < v203; v5789 += v21073) {
let v5792 = v5775 * v203;
let v5793 = v5792 + v5789;
let v5797 = &(*v18649)[v5793];
let v5798 = *v5797;
let v5807 = &(*v18575)[v5789];
let v5808 = *v5807;
let v21346 = fma(v5785, v5798, v5808);
*v5807 = v21346;

}

}
for(var v5813: u32 = v7; v5813 < v203; v5813 += v21073) {
let v5822 = &(*v18605)[v5813];
let v5823 = *v5822;
for(var v5827: u32 = v7; v5827 < v203; v5827 += v21073) {
let v5830 = v5813 * v203;
let v5831 = v5830 + v5827;
let v5835 = &(*v18649)[v5831];
let v5836 = *v5835;
let v5845 = &(*v18577)[v5827];
let v5846 = *v5845;
let v21347 = fma(v5823, v5836, v5846);
*v5845 = v21347;

}

}
for(var v5851: u32 = v7; v5851 < v203; v5851 += v21073) {
let v5860 = &(*v18606)[v5851];
let v5861 = *v5860;
for(var v5865: u32 = v7; v5865 < v203; v5865 += v21073) {
let v5868 = v5851 * v203;
let v5869 = v5868 + v5865;
let v5873 = &(*v18649)[v5869];
let v5874 = *v5873;
let v5883 = &(*v18579)[v5865];
let v5884 = *v5883;
let v21348 = fma(v5861, v5874, v5884);
*v5883 = v21348;

}

}
for(var v5889: u32 = v7; v5889 < v203; v5889 += v21073) {
let v5898 = &(*v18607)[v5889];
let v5899 = *v5898;
for(var v5903: u32 = v7; v5903 < v203; v5903 += v21073) {
let v5906 = v5889 * v203;
let v5907 = v5906 + v5903;
let v5911 = &(*v18649)[v5907];
let v5912 = *v5911;
let v5921 = &(*v18581)[v5903];
let v5922 = *v5921;
let v21349 = fma(v5899, v5912, v5922);
*v5921 = v21349;

}

}
for(var v5927: u32 = v7; v5927 < v203; v5927 += v21073) {
let v5936 = &(*v18608)[v5927];
let v5937 = *v5936;
for(var v5941: u32 = v7; v5941 < v203; v5941 += v21073) {
let v5944 = v5927 * v203;
let v5945 = v5944 + v5941;
let v5949 = &(*v18649)[v5945];
let v5950 = *v5949;
let v5959 = &(*v18583)[v5941];
let v5960 = *v5959;
let v21350 = fma(v5937, v5950, v5960);
*v5959 = v21350;

}

}
for(var v5965: u32 = v7; v5965 < v203; v5965 += v21073) {
let v5974 = &(*v18609)[v5965];
let v5975 = *v5974;
for(var v5979: u32 = v7; v5979 < v203; v5979 += v21073) {
let v5982 = v5965 * v203;
let v5983 = v5982 + v5979;
let v5987 = &(*v18649)[v5983];
let v5988 = *v5987;
let v5997 = &(*v18585)[v5979];
let v5998 = *v5997;
let v21351 = fma(v5975, v5988, v5998);
*v5997 = v21351;

}

}
for(var v6003: u32 = v7; v6003 < v203; v6003 += v21073) {
let v6012 = &(*v18610)[v6003];
let v6013 = *v6012;
for(var v6017: u32 = v7; v6017 < v203; v6017 += v21073) {
let v6020 = v6003 * v203;
let v6021 = v6020 + v6017;
let v6025 = &(*v18649)[v6021];
let v6026 = *v6025;
let v6035 = &(*v18587)[v6017];
let v6036 = *v6035;
let v21352 = fma(v6013, v6026, v6036);
*v6035 = v21352;

}

}
for(var v6041: u32 = v7; v6041 < v203; v6041 += v21073) {
let v6050 = &(*v18611)[v6041];
let v6051 = *v6050;
for(var v6055: u32 = v7; v6055 < v203; v6055 += v21073) {
let v6058 = v6041 * v203;
let v6059 = v6058 + v6055;
let v6063 = &(*v18649)[v6059];
let v6064 = *v6063;
let v6073 = &(*v18589)[v6055];
let v6074 = *v6073;
let v21353 = fma(v6051, v6064, v6074);
*v6073 = v21353;

}

}
for(var v6079: u32 = v7; v6079 < v203; v6079 += v21073) {
let v6088 = &(*v18612)[v6079];
let v6089 = *v6088;
for(var v6093: u32 = v7; v6093 < v203; v6093 += v21073) {
let v6096 = v6079 * v203;
let v6097 = v6096 + v6093;
let v6101 = &(*v18649)[v6097];
let v6102 = *v6101;
let v6111 = &(*v18591)[v6093];
let v6112 = *v6111;
let v21354 = fma(v6089, v6102, v6112);
*v6111 = v21354;

}

}
for(var v6117: u32 = v7; v6117 < v203; v6117 += v21073) {
let v6126 = &(*v18613)[v6117];
let v6127 = *v6126;
for(var v6131: u32 = v7; v6131 < v203; v6131 += v21073) {
let v6134 = v6117 * v203;
let v6135 = v6134 + v6131;
let v6139 = &(*v18649)[v6135];
let v6140 = *v6139;
let v6149 = &(*v18593)[v6131];
let v6150 = *v6149;
let v21355 = fma(v6127, v6140, v6150);
*v6149 = v21355;

}

}
for(var v6155: u32 = v7; v6155 < v203; v6155 += v21073) {
let v6164 = &(*v18614)[v6155];
let v6165 = *v6164;
for(var v6169: u32 = v7; v6169 < v203; v6169 += v21073) {
let v6172 = v6155 * v203;
let v6173 = v6172 + v6169;
let v6177 = &(*v18649)[v6173];
let v6178 = *v6177;
let v6187 = &(*v18595)[v6169];
let v6188 = *v6187;
let v21356 = fma(v6165, v6178, v6188);
*v6187 = v21356;

}

}
for(var v6193: u32 = v7; v6193 < v203; v6193 += v21073) {
let v6202 = &(*v18615)[v6193];
let v6203 = *v6202;
for(var v6207: u32 = v7; v6207 < v203; v6207 += v21073) {
let v6210 = v6193 * v203;
let v6211 = v6210 + v6207;
let v6215 = &(*v18649)[v6211];
let v6216 = *v6215;
let v6225 = &(*v18597)[v6207];
let v6226 = *v6225;
let v21357 = fma(v6203, v6216, v6226);
*v6225 = v21357;

}

}
for(var v6231: u32 = v7; v6231 < v203; v6231 += v21073) {
let v6240 = &(*v18616)[v6231];
let v6241 = *v6240;
for(var v6245: u32 = v7; v6245 < v203; v6245 += v21073) {
let v6248 = v6231 * v203;
let v6249 = v6248 + v6245;
let v6253 = &(*v18649)[v6249];
let v6254 = *v6253;
let v6263 = &(*v18599)[v6245];
let v6264 = *v6263;
let v21358 = fma(v6241, v6254, v6264);
*v6263 = v21358;

}

}
let v6272 = v168 * v425;
let v6274 = v6272 / v149;
for(var v6280: u32 = v56; v6280 < v136; v6280 += v44) {
for(var v6285: u32 = v56; v6285 < v149; v6285 += v44) {
let v6288 = v6280 * v149;
let v6289 = v6288 + v6285;
let v6290 = v6274 + v6289;
let v6291 = u32(v6290);
let v6295 = &(*v18555)[v6291];
let v6296 = *v6295;
let v6297 = v6296[0];
let v6299 = v6280 * v136;
let v6301 = v6285 * v149;
let v6302 = v6299 + v6301;
let v6305 = u32(v6302);
let v6309 = &(*v18649)[v6305];
*v6309 = v6297;
let v6310 = v6296[1];
let v6317 = v6302 + v44;
let v6318 = u32(v6317);
let v6322 = &(*v18649)[v6318];
*v6322 = v6310;

}

}
for(var v6326: u32 = v7; v6326 < v203; v6326 += v21073) {
let v6335 = &(*v18601)[v6326];
let v6336 = *v6335;
for(var v6340: u32 = v7; v6340 < v203; v6340 += v21073) {
let v6343 = v6326 * v203;
let v6344 = v6343 + v6340;
let v6348 = &(*v18649)[v6344];
let v6349 = *v6348;
let v6358 = &(*v18570)[v6340];
let v6359 = *v6358;
let v21359 = fma(v6336, v6349, v6359);
*v6358 = v21359;

}

}
for(var v6364: u32 = v7; v6364 < v203; v6364 += v21073) {
let v6373 = &(*v18602)[v6364];
let v6374 = *v6373;
for(var v6378: u32 = v7; v6378 < v203; v6378 += v21073) {
let v6381 = v6364 * v203;
let v6382 = v6381 + v6378;
let v6386 = &(*v18649)[v6382];
let v6387 = *v6386;
let v6396 = &(*v18572)[v6378];
let v6397 = *v6396;
let v21360 = fma(v6374, v6387, v6397);
*v6396 = v21360;

}

}
for(var v6402: u32 = v7; v6402 < v203; v6402 += v21073) {
let v6411 = &(*v18603)[v6402];
let v6412 = *v6411;
for(var v6416: u32 = v7; v6416 < v203; v6416 += v21073) {
let v6419 = v6402 * v203;
let v6420 = v6419 + v6416;
let v6424 = &(*v18649)[v6420];
let v6425 = *v6424;
let v6434 = &(*v18574)[v6416];
let v6435 = *v6434;
let v21361 = fma(v6412, v6425, v6435);
*v6434 = v21361;

}

}
for(var v6440: u32 = v7; v6440 < v203; v6440 += v21073) {
let v6449 = &(*v18604)[v6440];
let v6450 = *v6449;
for(var v6454: u32 = v7; v6454 < v203; v6454 += v21073) {
let v6457 = v6440 * v203;
let v6458 = v6457 + v6454;
let v6462 = &(*v18649)[v6458];
let v6463 = *v6462;
let v6472 = &(*v18576)[v6454];
let v6473 = *v6472;
let v21362 = fma(v6450, v6463, v6473);
*v6472 = v21362;

}

}
for(var v6478: u32 = v7; v6478 < v203; v6478 += v21073) {
let v6487 = &(*v18605)[v6478];
let v6488 = *v6487;
for(var v6492: u32 = v7; v6492 < v203; v6492 += v21073) {
let v6495 = v6478 * v203;
let v6496 = v6495 + v6492;
let v6500 = &(*v18649)[v6496];
let v6501 = *v6500;
let v6510 = &(*v18578)[v6492];
let v6511 = *v6510;
let v21363 = fma(v6488, v6501, v6511);
*v6510 = v21363;

}

}
for(var v6516: u32 = v7; v6516 < v203; v6516 += v21073) {
let v6525 = &(*v18606)[v6516];
let v6526 = *v6525;
for(var v6530: u32 = v7; v6530 < v203; v6530 += v21073) {
let v6533 = v6516 * v203;
let v6534 = v6533 + v6530;
let v6538 = &(*v18649)[v6534];
let v6539 = *v6538;
let v6548 = &(*v18580)[v6530];
let v6549 = *v6548;
let v21364 = fma(v6526, v6539, v6549);
*v6548 = v21364;

}

}
for(var v6554: u32 = v7; v6554 < v203; v6554 += v21073) {
let v6563 = &(*v18607)[v6554];
let v6564 = *v6563;
for(var v6568: u32 = v7; v6568 < v203; v6568 += v21073) {
let v6571 = v6554 * v203;
let v6572 = v6571 + v6568;
let v6576 = &(*v18649)[v6572];
let v6577 = *v6576;
let v6586 = &(*v18582)[v6568];
let v6587 = *v6586;
let v21365 = fma(v6564, v6577, v6587);
*v6586 = v21365;

}

}
for(var v6592: u32 = v7; v6592 < v203; v6592 += v21073) {
let v6601 = &(*v18608)[v6592];
let v6602 = *v6601;
for(var v6606: u32 = v7; v6606 < v203; v6606 += v21073) {
let v6609 = v6592 * v203;
let v6610 = v6609 + v6606;
let v6614 = &(*v18649)[v6610];
let v6615 = *v6614;
let v6624 = &(*v18584)[v6606];
let v6625 = *v6624;
let v21366 = fma(v6602, v6615, v6625);
*v6624 = v21366;

}

}
for(var v6630: u32 = v7; v6630 < v203; v6630 += v21073) {
let v6639 = &(*v18609)[v6630];
let v6640 = *v6639;
for(var v6644: u32 = v7; v6644 < v203; v6644 += v21073) {
let v6647 = v6630 * v203;
let v6648 = v6647 + v6644;
let v6652 = &(*v18649)[v6648];
let v6653 = *v6652;
let v6662 = &(*v18586)[v6644];
let v6663 = *v6662;
let v21367 = fma(v6640, v6653, v6663);
*v6662 = v21367;

}

}
for(var v6668: u32 = v7; v6668 < v203; v6668 += v21073) {
let v6677 = &(*v18610)[v6668];
let v6678 = *v6677;
for(var v6682: u32 = v7; v6682 < v203; v6682 += v21073) {
let v6685 = v6668 * v203;
let v6686 = v6685 + v6682;
let v6690 = &(*v18649)[v6686];
let v6691 = *v6690;
let v6700 = &(*v18588)[v6682];
let v6701 = *v6700;
let v21368 = fma(v6678, v6691, v6701);
*v6700 = v21368;

}

}
for(var v6706: u32 = v7; v6706 < v203; v6706 += v21073) {
let v6715 = &(*v18611)[v6706];
let v6716 = *v6715;
for(var v6720: u32 = v7; v6720 < v203; v6720 += v21073) {
let v6723 = v6706 * v203;
let v6724 = v6723 + v6720;
let v6728 = &(*v18649)[v6724];
let v6729 = *v6728;
let v6738 = &(*v18590)[v6720];
let v6739 = *v6738;
let v21369 = fma(v6716, v6729, v6739);
*v6738 = v21369;

}

}
for(var v6744: u32 = v7; v6744 < v203; v6744 += v21073) {
let v6753 = &(*v18612)[v6744];
let v6754 = *v6753;
for(var v6758: u32 = v7; v6758 < v203; v6758 += v21073) {
let v6761 = v6744 * v203;
let v6762 = v6761 + v6758;
let v6766 = &(*v18649)[v6762];
let v6767 = *v6766;
let v6776 = &(*v18592)[v6758];
let v6777 = *v6776;
let v21370 = fma(v6754, v6767, v6777);
*v6776 = v21370;

}

}
for(var v6782: u32 = v7; v6782 < v203; v6782 += v21073) {
let v6791 = &(*v18613)[v6782];
let v6792 = *v6791;
for(var v6796: u32 = v7; v6796 < v203; v6796 += v21073) {
let v6799 = v6782 * v203;
let v6800 = v6799 + v6796;
let v6804 = &(*v18649)[v6800];
let v6805 = *v6804;
let v6814 = &(*v18594)[v6796];
let v6815 = *v6814;
let v21371 = fma(v6792, v6805, v6815);
*v6814 = v21371;

}

}
for(var v6820: u32 = v7; v6820 < v203; v6820 += v21073) {
let v6829 = &(*v18614)[v6820];
let v6830 = *v6829;
for(var v6834: u32 = v7; v6834 < v203; v6834 += v21073) {
let v6837 = v6820 * v203;
let v6838 = v6837 + v6834;
let v6842 = &(*v18649)[v6838];
let v6843 = *v6842;
let v6852 = &(*v18596)[v6834];
let v6853 = *v6852;
let v21372 = fma(v6830, v6843, v6853);
*v6852 = v21372;

}

}
for(var v6858: u32 = v7; v6858 < v203; v6858 += v21073) {
let v6867 = &(*v18615)[v6858];
let v6868 = *v6867;
for(var v6872: u32 = v7; v6872 < v203; v6872 += v21073) {
let v6875 = v6858 * v203;
let v6876 = v6875 + v6872;
let v6880 = &(*v18649)[v6876];
let v6881 = *v6880;
let v6890 = &(*v18598)[v6872];
let v6891 = *v6890;
let v21373 = fma(v6868, v6881, v6891);
*v6890 = v21373;

}

}
for(var v6896: u32 = v7; v6896 < v203; v6896 += v21073) {
let v6905 = &(*v18616)[v6896];
let v6906 = *v6905;
for(var v6910: u32 = v7; v6910 < v203; v6910 += v21073) {
let v6913 = v6896 * v203;
let v6914 = v6913 + v6910;
let v6918 = &(*v18649)[v6914];
let v6919 = *v6918;
let v6928 = &(*v18600)[v6910];
let v6929 = *v6928;
let v21374 = fma(v6906, v6919, v6929);
*v6928 = v21374;

}

}
let v6937 = v46 + v403;
let v6939 = v136 * v6937;
let v6941 = v6939 / v136;
let v6950 = u32(v6941);
let v6954 = &(*v18553)[v6950];
let v6955 = *v6954;
let v6956 = v6955[0];
*v4310 = v6956;
let v6971 = v6955[1];
*v4325 = v6971;
let v6986 = v6955[2];
*v4340 = v6986;
let v7001 = v6955[3];
*v4355 = v7001;
let v7020 = v46 + v438;
let v7022 = v136 * v7020;
let v7024 = v7022 / v136;
let v7033 = u32(v7024);
let v7037 = &(*v18553)[v7033];
let v7038 = *v7037;
let v7039 = v7038[0];
*v4393 = v7039;
let v7054 = v7038[1];
*v4408 = v7054;
let v7069 = v7038[2];
*v4423 = v7069;
let v7084 = v7038[3];
*v4438 = v7084;
let v7103 = v46 + v466;
let v7105 = v136 * v7103;
let v7107 = v7105 / v136;
let v7116 = u32(v7107);
let v7120 = &(*v18553)[v7116];
let v7121 = *v7120;
let v7122 = v7121[0];
*v4476 = v7122;
let v7137 = v7121[1];
*v4491 = v7137;
let v7152 = v7121[2];
*v4506 = v7152;
let v7167 = v7121[3];
*v4521 = v7167;
let v7186 = v46 + v494;
let v7188 = v136 * v7186;
let v7190 = v7188 / v136;
let v7199 = u32(v7190);
let v7203 = &(*v18553)[v7199];
let v7204 = *v7203;
let v7205 = v7204[0];
*v4559 = v7205;
let v7220 = v7204[1];
*v4574 = v7220;
let v7235 = v7204[2];
*v4589 = v7235;
let v7250 = v7204[3];
*v4604 = v7250;
let v7269 = v46 + v522;
let v7271 = v136 * v7269;
let v7273 = v7271 / v136;
let v7282 = u32(v7273);
let v7286 = &(*v18553)[v7282];
let v7287 = *v7286;
let v7288 = v7287[0];
*v4642 = v7288;
let v7303 = v7287[1];
*v4657 = v7303;
let v7318 = v7287[2];
*v4672 = v7318;
let v7333 = v7287[3];
*v4687 = v7333;
let v7352 = v46 + v550;
let v7354 = v136 * v7352;
let v7356 = v7354 / v136;
let v7365 = u32(v7356);
let v7369 = &(*v18553)[v7365];
let v7370 = *v7369;
let v7371 = v7370[0];
*v4725 = v7371;
let v7386 = v7370[1];
*v4740 = v7386;
let v7401 = v7370[2];
*v4755 = v7401;
let v7416 = v7370[3];
*v4770 = v7416;
let v7435 = v46 + v578;
let v7437 = v136 * v7435;
let v7439 = v7437 / v136;
let v7448 = u32(v7439);
let v7452 = &(*v18553)[v7448];
let v7453 = *v7452;
let v7454 = v7453[0];
*v4808 = v7454;
let v7469 = v7453[1];
*v4823 = v7469;
let v7484 = v7453[2];
*v4838 = v7484;
let v7499 = v7453[3];
*v4853 = v7499;
let v7518 = v46 + v606;
let v7520 = v136 * v7518;
let v7522 = v7520 / v136;
let v7531 = u32(v7522);
let v7535 = &(*v18553)[v7531];
let v7536 = *v7535;
let v7537 = v7536[0];
*v4891 = v7537;
let v7552 = v7536[1];
*v4906 = v7552;
let v7567 = v7536[2];
*v4921 = v7567;
let v7582 = v7536[3];
*v4936 = v7582;
let v7601 = v46 + v634;
let v7603 = v136 * v7601;
let v7605 = v7603 / v136;
let v7614 = u32(v7605);
let v7618 = &(*v18553)[v7614];
let v7619 = *v7618;
let v7620 = v7619[0];
*v4974 = v7620;
let v7635 = v7619[1];
*v4989 = v7635;
let v7650 = v7619[2];
*v5004 = v7650;
let v7665 = v7619[3];
*v5019 = v7665;
let v7684 = v46 + v662;
let v7686 = v136 * v7684;
let v7688 = v7686 / v136;
let v7697 = u32(v7688);
let v7701 = &(*v18553)[v7697];
let v7702 = *v7701;
let v7703 = v7702[0];
*v5057 = v7703;
let v7718 = v7702[1];
*v5072 = v7718;
let v7733 = v7702[2];
*v5087 = v7733;
let v7748 = v7702[3];
*v5102 = v7748;
let v7767 = v46 + v690;
let v7769 = v136 * v7767;
let v7771 = v7769 / v136;
let v7780 = u32(v7771);
let v7784 = &(*v18553)[v7780];
let v7785 = *v7784;
let v7786 = v7785[0];
*v5140 = v7786;
let v7801 = v7785[1];
*v5155 = v7801;
let v7816 = v7785[2];
*v5170 = v7816;
let v7831 = v7785[3];
*v5185 = v7831;
let v7850 = v46 + v718;
let v7852 = v136 * v7850;
let v7854 = v7852 / v136;
let v7863 = u32(v7854);
let v7867 = &(*v18553)[v7863];
let v7868 = *v7867;
let v7869 = v7868[0];
*v5223 = v7869;
let v7884 = v7868[1];
*v5238 = v7884;
let v7899 = v7868[2];
*v5253 = v7899;
let v7914 = v7868[3];
*v5268 = v7914;
let v7933 = v46 + v746;
let v7935 = v136 * v7933;
let v7937 = v7935 / v136;
let v7946 = u32(v7937);
let v7950 = &(*v18553)[v7946];
let v7951 = *v7950;
let v7952 = v7951[0];
*v5306 = v7952;
let v7967 = v7951[1];
*v5321 = v7967;
let v7982 = v7951[2];
*v5336 = v7982;
let v7997 = v7951[3];
*v5351 = v7997;
let v8016 = v46 + v774;
let v8018 = v136 * v8016;
let v8020 = v8018 / v136;
let v8029 = u32(v8020);
let v8033 = &(*v18553)[v8029];
let v8034 = *v8033;
let v8035 = v8034[0];
*v5389 = v8035;
let v8050 = v8034[1];
*v5404 = v8050;
let v8065 = v8034[2];
*v5419 = v8065;
let v8080 = v8034[3];
*v5434 = v8080;
let v8099 = v46 + v802;
let v8101 = v136 * v8099;
let v8103 = v8101 / v136;
let v8112 = u32(v8103);
let v8116 = &(*v18553)[v8112];
let v8117 = *v8116;
let v8118 = v8117[0];
*v5472 = v8118;
let v8133 = v8117[1];
*v5487 = v8133;
let v8148 = v8117[2];
*v5502 = v8148;
let v8163 = v8117[3];
*v5517 = v8163;
let v8182 = v46 + v830;
let v8184 = v136 * v8182;
let v8186 = v8184 / v136;
let v8195 = u32(v8186);
let v8199 = &(*v18553)[v8195];
let v8200 = *v8199;
let v8201 = v8200[0];
*v5555 = v8201;
let v8216 = v8200[1];
*v5570 = v8216;
let v8231 = v8200[2];
*v5585 = v8231;
let v8246 = v8200[3];
*v5600 = v8246;
let v8265 = v133 + v405;
let v8267 = v168 * v8265;
let v8269 = v8267 / v149;
for(var v8275: u32 = v56; v8275 < v136; v8275 += v44) {
for(var v8280: u32 = v56; v8280 < v149; v8280 += v44) {
let v8283 = v8275 * v149;
let v8284 = v8283 + v8280;
let v8285 = v8269 + v8284;
let v8286 = u32(v8285);
let v8290 = &(*v18555)[v8286];
let v8291 = *v8290;
let v8292 = v8291[0];
let v8294 = v8275 * v136;
let v8296 = v8280 * v149;
let v8297 = v8294 + v8296;
let v8300 = u32(v8297);
let v8304 = &(*v18649)[v8300];
*v8304 = v8292;
let v8305 = v8291[1];
let v8312 = v8297 + v44;
let v8313 = u32(v8312);
let v8317 = &(*v18649)[v8313];
*v8317 = v8305;

}

}
for(var v8321: u32 = v7; v8321 < v203; v8321 += v21073) {
let v8330 = &(*v18601)[v8321];
let v8331 = *v8330;
for(var v8335: u32 = v7; v8335 < v203; v8335 += v21073) {
let v8338 = v8321 * v203;
let v8339 = v8338 + v8335;
let v8343 = &(*v18649)[v8339];
let v8344 = *v8343;
let v8353 = &(*v18569)[v8335];
let v8354 = *v8353;
let v21375 = fma(v8331, v8344, v8354);
*v8353 = v21375;

}

}
for(var v8359: u32 = v7; v8359 < v203; v8359 += v21073) {
let v8368 = &(*v18602)[v8359];
let v8369 = *v8368;
for(var v8373: u32 = v7; v8373 < v203; v8373 += v21073) {
let v8376 = v8359 * v203;
let v8377 = v8376 + v8373;
let v8381 = &(*v18649)[v8377];
let v8382 = *v8381;
let v8391 = &(*v18571)[v8373];
let v8392 = *v8391;
let v21376 = fma(v8369, v8382, v8392);
*v8391 = v21376;

}

}
for(var v8397: u32 = v7; v8397 < v203; v8397 += v21073) {
let v8406 = &(*v18603)[v8397];
let v8407 = *v8406;
for(var v8411: u32 = v7; v8411 < v203; v8411 += v21073) {
let v8414 = v8397 * v203;
let v8415 = v8414 + v8411;
let v8419 = &(*v18649)[v8415];
let v8420 = *v8419;
let v8429 = &(*v18573)[v8411];
let v8430 = *v8429;
let v21377 = fma(v8407, v8420, v8430);
*v8429 = v21377;

}

}
for(var v8435: u32 = v7; v8435 < v203; v8435 += v21073) {
let v8444 = &(*v18604)[v8435];
let v8445 = *v8444;
for(var v8449: u32 = v7; v8449 < v203; v8449 += v21073) {
let v8452 = v8435 * v203;
let v8453 = v8452 + v8449;
let v8457 = &(*v18649)[v8453];
let v8458 = *v8457;
let v8467 = &(*v18575)[v8449];
let v8468 = *v8467;
let v21378 = fma(v8445, v8458, v8468);
*v8467 = v21378;

}

}
for(var v8473: u32 = v7; v8473 < v203; v8473 += v21073) {
let v8482 = &(*v18605)[v8473];
let v8483 = *v8482;
for(var v8487: u32 = v7; v8487 < v203; v8487 += v21073) {
let v8490 = v8473 * v203;
let v8491 = v8490 + v8487;
let v8495 = &(*v18649)[v8491];
let v8496 = *v8495;
let v8505 = &(*v18577)[v8487];
let v8506 = *v8505;
let v21379 = fma(v8483, v8496, v8506);
*v8505 = v21379;

}

}
for(var v8511: u32 = v7; v8511 < v203; v8511 += v21073) {
let v8520 = &(*v18606)[v8511];
let v8521 = *v8520;
for(var v8525: u32 = v7; v8525 < v203; v8525 += v21073) {
let v8528 = v8511 * v203;
let v8529 = v8528 + v8525;
let v8533 = &(*v18649)[v8529];
let v8534 = *v8533;
let v8543 = &(*v18579)[v8525];
let v8544 = *v8543;
let v21380 = fma(v8521, v8534, v8544);
*v8543 = v21380;

}

}
for(var v8549: u32 = v7; v8549 < v203; v8549 += v21073) {
let v8558 = &(*v18607)[v8549];
let v8559 = *v8558;
for(var v8563: u32 = v7; v8563 < v203; v8563 += v21073) {
let v8566 = v8549 * v203;
let v8567 = v8566 + v8563;
let v8571 = &(*v18649)[v8567];
let v8572 = *v8571;
let v8581 = &(*v18581)[v8563];
let v8582 = *v8581;
let v21381 = fma(v8559, v8572, v8582);
*v8581 = v21381;

}

}
for(var v8587: u32 = v7; v8587 < v203; v8587 += v21073) {
let v8596 = &(*v18608)[v8587];
let v8597 = *v8596;
for(var v8601: u32 = v7; v8601 < v203; v8601 += v21073) {
let v8604 = v8587 * v203;
let v8605 = v8604 + v8601;
let v8609 = &(*v18649)[v8605];
let v8610 = *v8609;
let v8619 = &(*v18583)[v8601];
let v8620 = *v8619;
let v21382 = fma(v8597, v8610, v8620);
*v8619 = v21382;

}

}
for(var v8625: u32 = v7; v8625 < v203; v8625 += v21073) {
let v8634 = &(*v18609)[v8625];
let v8635 = *v8634;
for(var v8639: u32 = v7; v8639 < v203; v8639 += v21073) {
let v8642 = v8625 * v203;
let v8643 = v8642 + v8639;
let v8647 = &(*v18649)[v8643];
let v8648 = *v8647;
let v8657 = &(*v18585)[v8639];
let v8658 = *v8657;
let v21383 = fma(v8635, v8648, v8658);
*v8657 = v21383;

}

}
for(var v8663: u32 = v7; v8663 < v203; v8663 += v21073) {
let v8672 = &(*v18610)[v8663];
let v8673 = *v8672;
for(var v8677: u32 = v7; v8677 < v203; v8677 += v21073) {
let v8680 = v8663 * v203;
let v8681 = v8680 + v8677;
let v8685 = &(*v18649)[v8681];
let v8686 = *v8685;
let v8695 = &(*v18587)[v8677];
let v8696 = *v8695;
let v21384 = fma(v8673, v8686, v8696);
*v8695 = v21384;

}

}
for(var v8701: u32 = v7; v8701 < v203; v8701 += v21073) {
let v8710 = &(*v18611)[v8701];
let v8711 = *v8710;
for(var v8715: u32 = v7; v8715 < v203; v8715 += v21073) {
let v8718 = v8701 * v203;
let v8719 = v8718 + v8715;
let v8723 = &(*v18649)[v8719];
let v8724 = *v8723;
let v8733 = &(*v18589)[v8715];
let v8734 = *v8733;
let v21385 = fma(v8711, v8724, v8734);
*v8733 = v21385;

}

}
for(var v8739: u32 = v7; v8739 < v203; v8739 += v21073) {
let v8748 = &(*v18612)[v8739];
let v8749 = *v8748;
for(var v8753: u32 = v7; v8753 < v203; v8753 += v21073) {
let v8756 = v8739 * v203;
let v8757 = v8756 + v8753;
let v8761 = &(*v18649)[v8757];
let v8762 = *v8761;
let v8771 = &(*v18591)[v8753];
let v8772 = *v8771;
let v21386 = fma(v8749, v8762, v8772);
*v8771 = v21386;

}

}
for(var v8777: u32 = v7; v8777 < v203; v8777 += v21073) {
let v8786 = &(*v18613)[v8777];
let v8787 = *v8786;
for(var v8791: u32 = v7; v8791 < v203; v8791 += v21073) {
let v8794 = v8777 * v203;
let v8795 = v8794 + v8791;
let v8799 = &(*v18649)[v8795];
let v8800 = *v8799;
let v8809 = &(*v18593)[v8791];
let v8810 = *v8809;
let v21387 = fma(v8787, v8800, v8810);
*v8809 = v21387;

}

}
for(var v8815: u32 = v7; v8815 < v203; v8815 += v21073) {
let v8824 = &(*v18614)[v8815];
let v8825 = *v8824;
for(var v8829: u32 = v7; v8829 < v203; v8829 += v21073) {
let v8832 = v8815 * v203;
let v8833 = v8832 + v8829;
let v8837 = &(*v18649)[v8833];
let v8838 = *v8837;
let v8847 = &(*v18595)[v8829];
let v8848 = *v8847;
let v21388 = fma(v8825, v8838, v8848);
*v8847 = v21388;

}

}
for(var v8853: u32 = v7; v8853 < v203; v8853 += v21073) {
let v8862 = &(*v18615)[v8853];
let v8863 = *v8862;
for(var v8867: u32 = v7; v8867 < v203; v8867 += v21073) {
let v8870 = v8853 * v203;
let v8871 = v8870 + v8867;
let v8875 = &(*v18649)[v8871];
let v8876 = *v8875;
let v8885 = &(*v18597)[v8867];
let v8886 = *v8885;
let v21389 = fma(v8863, v8876, v8886);
*v8885 = v21389;

}

}
for(var v8891: u32 = v7; v8891 < v203; v8891 += v21073) {
let v8900 = &(*v18616)[v8891];
let v8901 = *v8900;
for(var v8905: u32 = v7; v8905 < v203; v8905 += v21073) {
let v8908 = v8891 * v203;
let v8909 = v8908 + v8905;
let v8913 = &(*v18649)[v8909];
let v8914 = *v8913;
let v8923 = &(*v18599)[v8905];
let v8924 = *v8923;
let v21390 = fma(v8901, v8914, v8924);
*v8923 = v21390;

}

}
let v8930 = v133 + v425;
let v8932 = v168 * v8930;
let v8934 = v8932 / v149;
for(var v8940: u32 = v56; v8940 < v136; v8940 += v44) {
for(var v8945: u32 = v56; v8945 < v149; v8945 += v44) {
let v8948 = v8940 * v149;
let v8949 = v8948 + v8945;
let v8950 = v8934 + v8949;
let v8951 = u32(v8950);
let v8955 = &(*v18555)[v8951];
let v8956 = *v8955;
let v8957 = v8956[0];
let v8959 = v8940 * v136;
let v8961 = v8945 * v149;
let v8962 = v8959 + v8961;
let v8965 = u32(v8962);
let v8969 = &(*v18649)[v8965];
*v8969 = v8957;
let v8970 = v8956[1];
let v8977 = v8962 + v44;
let v8978 = u32(v8977);
let v8982 = &(*v18649)[v8978];
*v8982 = v8970;

}

}
for(var v8986: u32 = v7; v8986 < v203; v8986 += v21073) {
let v8995 = &(*v18601)[v8986];
let v8996 = *v8995;
for(var v9000: u32 = v7; v9000 < v203; v9000 += v21073) {
let v9003 = v8986 * v203;
let v9004 = v9003 + v9000;
let v9008 = &(*v18649)[v9004];
let v9009 = *v9008;
let v9018 = &(*v18570)[v9000];
let v9019 = *v9018;
let v21391 = fma(v8996, v9009, v9019);
*v9018 = v21391;

}

}
for(var v9024: u32 = v7; v9024 < v203; v9024 += v21073) {
let v9033 = &(*v18602)[v9024];
let v9034 = *v9033;
for(var v9038: u32 = v7; v9038 < v203; v9038 += v21073) {
let v9041 = v9024 * v203;
let v9042 = v9041 + v9038;
let v9046 = &(*v18649)[v9042];
let v9047 = *v9046;
let v9056 = &(*v18572)[v9038];
let v9057 = *v9056;
let v21392 = fma(v9034, v9047, v9057);
*v9056 = v21392;

}

}
for(var v9062: u32 = v7; v9062 < v203; v9062 += v21073) {
let v9071 = &(*v18603)[v9062];
let v9072 = *v9071;
for(var v9076: u32 = v7; v9076 < v203; v9076 += v21073) {
let v9079 = v9062 * v203;
let v9080 = v9079 + v9076;
let v9084 = &(*v18649)[v9080];
let v9085 = *v9084;
let v9094 = &(*v18574)[v9076];
let v9095 = *v9094;
let v21393 = fma(v9072, v9085, v9095);
*v9094 = v21393;

}

}
for(var v9100: u32 = v7; v9100 < v203; v9100 += v21073) {
let v9109 = &(*v18604)[v9100];
let v9110 = *v9109;
for(var v9114: u32 = v7; v9114 < v203; v9114 += v21073) {
let v9117 = v9100 * v203;
let v9118 = v9117 + v9114;
let v9122 = &(*v18649)[v9118];
let v9123 = *v9122;
let v9132 = &(*v18576)[v9114];
let v9133 = *v9132;
let v21394 = fma(v9110, v9123, v9133);
*v9132 = v21394;

}

}
for(var v9138: u32 = v7; v9138 < v203; v9138 += v21073) {
let v9147 = &(*v18605)[v9138];
let v9148 = *v9147;
for(var v9152: u32 = v7; v9152 < v203; v9152 += v21073) {
let v9155 = v9138 * v203;
let v9156 = v9155 + v9152;
let v9160 = &(*v18649)[v9156];
let v9161 = *v9160;
let v9170 = &(*v18578)[v9152];
let v9171 = *v9170;
let v21395 = fma(v9148, v9161, v9171);
*v9170 = v21395;

}

}
for(var v9176: u32 = v7; v9176 < v203; v9176 += v21073) {
let v9185 = &(*v18606)[v9176];
let v9186 = *v9185;
for(var v9190: u32 = v7; v9190 < v203; v9190 += v21073) {
let v9193 = v9176 * v203;
let v9194 = v9193 + v9190;
let v9198 = &(*v18649)[v9194];
let v9199 = *v9198;
let v9208 = &(*v18580)[v9190];
let v9209 = *v9208;
let v21396 = fma(v9186, v9199, v9209);
*v9208 = v21396;

}

}
for(var v9214: u32 = v7; v9214 < v203; v9214 += v21073) {
let v9223 = &(*v18607)[v9214];
let v9224 = *v9223;
for(var v9228: u32 = v7; v9228 < v203; v9228 += v21073) {
let v9231 = v9214 * v203;
let v9232 = v9231 + v9228;
let v9236 = &(*v18649)[v9232];
let v9237 = *v9236;
let v9246 = &(*v18582)[v9228];
let v9247 = *v9246;
let v21397 = fma(v9224, v9237, v9247);
*v9246 = v21397;

}

}
for(var v9252: u32 = v7; v9252 < v203; v9252 += v21073) {
let v9261 = &(*v18608)[v9252];
let v9262 = *v9261;
for(var v9266: u32 = v7; v9266 < v203; v9266 += v21073) {
let v9269 = v9252 * v203;
let v9270 = v9269 + v9266;
let v9274 = &(*v18649)[v9270];
let v9275 = *v9274;
let v9284 = &(*v18584)[v9266];
let v9285 = *v9284;
let v21398 = fma(v9262, v9275, v9285);
*v9284 = v21398;

}

}
for(var v9290: u32 = v7; v9290 < v203; v9290 += v21073) {
let v9299 = &(*v18609)[v9290];
let v9300 = *v9299;
for(var v9304: u32 = v7; v9304 < v203; v9304 += v21073) {
let v9307 = v9290 * v203;
let v9308 = v9307 + v9304;
let v9312 = &(*v18649)[v9308];
let v9313 = *v9312;
let v9322 = &(*v18586)[v9304];
let v9323 = *v9322;
let v21399 = fma(v9300, v9313, v9323);
*v9322 = v21399;

}

}
for(var v9328: u32 = v7; v9328 < v203; v9328 += v21073) {
let v9337 = &(*v18610)[v9328];
let v9338 = *v9337;
for(var v9342: u32 = v7; v9342 < v203; v9342 += v21073) {
let v9345 = v9328 * v203;
let v9346 = v9345 + v9342;
let v9350 = &(*v18649)[v9346];
let v9351 = *v9350;
let v9360 = &(*v18588)[v9342];
let v9361 = *v9360;
let v21400 = fma(v9338, v9351, v9361);
*v9360 = v21400;

}

}
for(var v9366: u32 = v7; v9366 < v203; v9366 += v21073) {
let v9375 = &(*v18611)[v9366];
let v9376 = *v9375;
for(var v9380: u32 = v7; v9380 < v203; v9380 += v21073) {
let v9383 = v9366 * v203;
let v9384 = v9383 + v9380;
let v9388 = &(*v18649)[v9384];
let v9389 = *v9388;
let v9398 = &(*v18590)[v9380];
let v9399 = *v9398;
let v21401 = fma(v9376, v9389, v9399);
*v9398 = v21401;

}

}
for(var v9404: u32 = v7; v9404 < v203; v9404 += v21073) {
let v9413 = &(*v18612)[v9404];
let v9414 = *v9413;
for(var v9418: u32 = v7; v9418 < v203; v9418 += v21073) {
let v9421 = v9404 * v203;
let v9422 = v9421 + v9418;
let v9426 = &(*v18649)[v9422];
let v9427 = *v9426;
let v9436 = &(*v18592)[v9418];
let v9437 = *v9436;
let v21402 = fma(v9414, v9427, v9437);
*v9436 = v21402;

}

}
for(var v9442: u32 = v7; v9442 < v203; v9442 += v21073) {
let v9451 = &(*v18613)[v9442];
let v9452 = *v9451;
for(var v9456: u32 = v7; v9456 < v203; v9456 += v21073) {
let v9459 = v9442 * v203;
let v9460 = v9459 + v9456;
let v9464 = &(*v18649)[v9460];
let v9465 = *v9464;
let v9474 = &(*v18594)[v9456];
let v9475 = *v9474;
let v21403 = fma(v9452, v9465, v9475);
*v9474 = v21403;

}

}
for(var v9480: u32 = v7; v9480 < v203; v9480 += v21073) {
let v9489 = &(*v18614)[v9480];
let v9490 = *v9489;
for(var v9494: u32 = v7; v9494 < v203; v9494 += v21073) {
let v9497 = v9480 * v203;
let v9498 = v9497 + v9494;
let v9502 = &(*v18649)[v9498];
let v9503 = *v9502;
let v9512 = &(*v18596)[v9494];
let v9513 = *v9512;
let v21404 = fma(v9490, v9503, v9513);
*v9512 = v21404;

}

}
for(var v9518: u32 = v7; v9518 < v203; v9518 += v21073) {
let v9527 = &(*v18615)[v9518];
let v9528 = *v9527;
for(var v9532: u32 = v7; v9532 < v203; v9532 += v21073) {
let v9535 = v9518 * v203;
let v9536 = v9535 + v9532;
let v9540 = &(*v18649)[v9536];
let v9541 = *v9540;
let v9550 = &(*v18598)[v9532];
let v9551 = *v9550;
let v21405 = fma(v9528, v9541, v9551);
*v9550 = v21405;

}

}
for(var v9556: u32 = v7; v9556 < v203; v9556 += v21073) {
let v9565 = &(*v18616)[v9556];
let v9566 = *v9565;
for(var v9570: u32 = v7; v9570 < v203; v9570 += v21073) {
let v9573 = v9556 * v203;
let v9574 = v9573 + v9570;
let v9578 = &(*v18649)[v9574];
let v9579 = *v9578;
let v9588 = &(*v18600)[v9570];
let v9589 = *v9588;
let v21406 = fma(v9566, v9579, v9589);
*v9588 = v21406;

}

}
let v9597 = v21176 + v403;
let v9599 = v136 * v9597;
let v9601 = v9599 / v136;
let v9610 = u32(v9601);
let v9614 = &(*v18553)[v9610];
let v9615 = *v9614;
let v9616 = v9615[0];
*v4310 = v9616;
let v9631 = v9615[1];
*v4325 = v9631;
let v9646 = v9615[2];
*v4340 = v9646;
let v9661 = v9615[3];
*v4355 = v9661;
let v9680 = v21176 + v438;
let v9682 = v136 * v9680;
let v9684 = v9682 / v136;
let v9693 = u32(v9684);
let v9697 = &(*v18553)[v9693];
let v9698 = *v9697;
let v9699 = v9698[0];
*v4393 = v9699;
let v9714 = v9698[1];
*v4408 = v9714;
let v9729 = v9698[2];
*v4423 = v9729;
let v9744 = v9698[3];
*v4438 = v9744;
let v9763 = v21176 + v466;
let v9765 = v136 * v9763;
let v9767 = v9765 / v136;
let v9776 = u32(v9767);
let v9780 = &(*v18553)[v9776];
let v9781 = *v9780;
let v9782 = v9781[0];
*v4476 = v9782;
let v9797 = v9781[1];
*v4491 = v9797;
let v9812 = v9781[2];
*v4506 = v9812;
let v9827 = v9781[3];
*v4521 = v9827;
let v9846 = v21176 + v494;
let v9848 = v136 * v9846;
let v9850 = v9848 / v136;
let v9859 = u32(v9850);
let v9863 = &(*v18553)[v9859];
let v9864 = *v9863;
let v9865 = v9864[0];
*v4559 = v9865;
let v9880 = v9864[1];
*v4574 = v9880;
let v9895 = v9864[2];
*v4589 = v9895;
let v9910 = v9864[3];
*v4604 = v9910;
let v9929 = v21176 + v522;
let v9931 = v136 * v9929;
let v9933 = v9931 / v136;
let v9942 = u32(v9933);
let v9946 = &(*v18553)[v9942];
let v9947 = *v9946;
let v9948 = v9947[0];
*v4642 = v9948;
let v9963 = v9947[1];
*v4657 = v9963;
let v9978 = v9947[2];
*v4672 = v9978;
let v9993 = v9947[3];
*v4687 = v9993;
let v10012 = v21176 + v550;
let v10014 = v136 * v10012;
let v10016 = v10014 / v136;
let v10025 = u32(v10016);
let v10029 = &(*v18553)[v10025];
let v10030 = *v10029;
let v10031 = v10030[0];
*v4725 = v10031;
let v10046 = v10030[1];
*v4740 = v10046;
let v10061 = v10030[2];
*v4755 = v10061;
let v10076 = v10030[3];
*v4770 = v10076;
let v10095 = v21176 + v578;
let v10097 = v136 * v10095;
let v10099 = v10097 / v136;
let v10108 = u32(v10099);
let v10112 = &(*v18553)[v10108];
let v10113 = *v10112;
let v10114 = v10113[0];
*v4808 = v10114;
let v10129 = v10113[1];
*v4823 = v10129;
let v10144 = v10113[2];
*v4838 = v10144;
let v10159 = v10113[3];
*v4853 = v10159;
let v10178 = v21176 + v606;
let v10180 = v136 * v10178;
let v10182 = v10180 / v136;
let v10191 = u32(v10182);
let v10195 = &(*v18553)[v10191];
let v10196 = *v10195;
let v10197 = v10196[0];
*v4891 = v10197;
let v10212 = v10196[1];
*v4906 = v10212;
let v10227 = v10196[2];
*v4921 = v10227;
let v10242 = v10196[3];
*v4936 = v10242;
let v10261 = v21176 + v634;
let v10263 = v136 * v10261;
let v10265 = v10263 / v136;
let v10274 = u32(v10265);
let v10278 = &(*v18553)[v10274];
let v10279 = *v10278;
let v10280 = v10279[0];
*v4974 = v10280;
let v10295 = v10279[1];
*v4989 = v10295;
let v10310 = v10279[2];
*v5004 = v10310;
let v10325 = v10279[3];
*v5019 = v10325;
let v10344 = v21176 + v662;
let v10346 = v136 * v10344;
let v10348 = v10346 / v136;
let v10357 = u32(v10348);
let v10361 = &(*v18553)[v10357];
let v10362 = *v10361;
let v10363 = v10362[0];
*v5057 = v10363;
let v10378 = v10362[1];
*v5072 = v10378;
let v10393 = v10362[2];
*v5087 = v10393;
let v10408 = v10362[3];
*v5102 = v10408;
let v10427 = v21176 + v690;
let v10429 = v136 * v10427;
let v10431 = v10429 / v136;
let v10440 = u32(v10431);
let v10444 = &(*v18553)[v10440];
let v10445 = *v10444;
let v10446 = v10445[0];
*v5140 = v10446;
let v10461 = v10445[1];
*v5155 = v10461;
let v10476 = v10445[2];
*v5170 = v10476;
let v10491 = v10445[3];
*v5185 = v10491;
let v10510 = v21176 + v718;
let v10512 = v136 * v10510;
let v10514 = v10512 / v136;
let v10523 = u32(v10514);
let v10527 = &(*v18553)[v10523];
let v10528 = *v10527;
let v10529 = v10528[0];
*v5223 = v10529;
let v10544 = v10528[1];
*v5238 = v10544;
let v10559 = v10528[2];
*v5253 = v10559;
let v10574 = v10528[3];
*v5268 = v10574;
let v10593 = v21176 + v746;
let v10595 = v136 * v10593;
let v10597 = v10595 / v136;
let v10606 = u32(v10597);
let v10610 = &(*v18553)[v10606];
let v10611 = *v10610;
let v10612 = v10611[0];
*v5306 = v10612;
let v10627 = v10611[1];
*v5321 = v10627;
let v10642 = v10611[2];
*v5336 = v10642;
let v10657 = v10611[3];
*v5351 = v10657;
let v10676 = v21176 + v774;
let v10678 = v136 * v10676;
let v10680 = v10678 / v136;
let v10689 = u32(v10680);
let v10693 = &(*v18553)[v10689];
let v10694 = *v10693;
let v10695 = v10694[0];
*v5389 = v10695;
let v10710 = v10694[1];
*v5404 = v10710;
let v10725 = v10694[2];
*v5419 = v10725;
let v10740 = v10694[3];
*v5434 = v10740;
let v10759 = v21176 + v802;
let v10761 = v136 * v10759;
let v10763 = v10761 / v136;
let v10772 = u32(v10763);
let v10776 = &(*v18553)[v10772];
let v10777 = *v10776;
let v10778 = v10777[0];
*v5472 = v10778;
let v10793 = v10777[1];
*v5487 = v10793;
let v10808 = v10777[2];
*v5502 = v10808;
let v10823 = v10777[3];
*v5517 = v10823;
let v10842 = v21176 + v830;
let v10844 = v136 * v10842;
let v10846 = v10844 / v136;
let v10855 = u32(v10846);
let v10859 = &(*v18553)[v10855];
let v10860 = *v10859;
let v10861 = v10860[0];
*v5555 = v10861;
let v10876 = v10860[1];
*v5570 = v10876;
let v10891 = v10860[2];
*v5585 = v10891;
let v10906 = v10860[3];
*v5600 = v10906;
let v10925 = v168 + v405;
let v10927 = v168 * v10925;
let v10929 = v10927 / v149;
for(var v10935: u32 = v56; v10935 < v136; v10935 += v44) {
for(var v10940: u32 = v56; v10940 < v149; v10940 += v44) {
let v10943 = v10935 * v149;
let v10944 = v10943 + v10940;
let v10945 = v10929 + v10944;
let v10946 = u32(v10945);
let v10950 = &(*v18555)[v10946];
let v10951 = *v10950;
let v10952 = v10951[0];
let v10954 = v10935 * v136;
let v10956 = v10940 * v149;
let v10957 = v10954 + v10956;
let v10960 = u32(v10957);
let v10964 = &(*v18649)[v10960];
*v10964 = v10952;
let v10965 = v10951[1];
let v10972 = v10957 + v44;
let v10973 = u32(v10972);
let v10977 = &(*v18649)[v10973];
*v10977 = v10965;

}

}
for(var v10981: u32 = v7; v10981 < v203; v10981 += v21073) {
let v10990 = &(*v18601)[v10981];
let v10991 = *v10990;
for(var v10995: u32 = v7; v10995 < v203; v10995 += v21073) {
let v10998 = v10981 * v203;
let v10999 = v10998 + v10995;
let v11003 = &(*v18649)[v10999];
let v11004 = *v11003;
let v11013 = &(*v18569)[v10995];
let v11014 = *v11013;
let v21407 = fma(v10991, v11004, v11014);
*v11013 = v21407;

}

}
for(var v11019: u32 = v7; v11019 < v203; v11019 += v21073) {
let v11028 = &(*v18602)[v11019];
let v11029 = *v11028;
for(var v11033: u32 = v7; v11033 < v203; v11033 += v21073) {
let v11036 = v11019 * v203;
let v11037 = v11036 + v11033;
let v11041 = &(*v18649)[v11037];
let v11042 = *v11041;
let v11051 = &(*v18571)[v11033];
let v11052 = *v11051;
let v21408 = fma(v11029, v11042, v11052);
*v11051 = v21408;

}

}
for(var v11057: u32 = v7; v11057 < v203; v11057 += v21073) {
let v11066 = &(*v18603)[v11057];
let v11067 = *v11066;
for(var v11071: u32 = v7; v11071 < v203; v11071 += v21073) {
let v11074 = v11057 * v203;
let v11075 = v11074 + v11071;
let v11079 = &(*v18649)[v11075];
let v11080 = *v11079;
let v11089 = &(*v18573)[v11071];
let v11090 = *v11089;
let v21409 = fma(v11067, v11080, v11090);
*v11089 = v21409;

}

}
for(var v11095: u32 = v7; v11095 < v203; v11095 += v21073) {
let v11104 = &(*v18604)[v11095];
let v11105 = *v11104;
for(var v11109: u32 = v7; v11109 < v203; v11109 += v21073) {
let v11112 = v11095 * v203;
let v11113 = v11112 + v11109;
let v11117 = &(*v18649)[v11113];
let v11118 = *v11117;
let v11127 = &(*v18575)[v11109];
let v11128 = *v11127;
let v21410 = fma(v11105, v11118, v11128);
*v11127 = v21410;

}

}
for(var v11133: u32 = v7; v11133 < v203; v11133 += v21073) {
let v11142 = &(*v18605)[v11133];
let v11143 = *v11142;
for(var v11147: u32 = v7; v11147 < v203; v11147 += v21073) {
let v11150 = v11133 * v203;
let v11151 = v11150 + v11147;
let v11155 = &(*v18649)[v11151];
let v11156 = *v11155;
let v11165 = &(*v18577)[v11147];
let v11166 = *v11165;
let v21411 = fma(v11143, v11156, v11166);
*v11165 = v21411;

}

}
for(var v11171: u32 = v7; v11171 < v203; v11171 += v21073) {
let v11180 = &(*v18606)[v11171];
let v11181 = *v11180;
for(var v11185: u32 = v7; v11185 < v203; v11185 += v21073) {
let v11188 = v11171 * v203;
let v11189 = v11188 + v11185;
let v11193 = &(*v18649)[v11189];
let v11194 = *v11193;
let v11203 = &(*v18579)[v11185];
let v11204 = *v11203;
let v21412 = fma(v11181, v11194, v11204);
*v11203 = v21412;

}

}
for(var v11209: u32 = v7; v11209 < v203; v11209 += v21073) {
let v11218 = &(*v18607)[v11209];
let v11219 = *v11218;
for(var v11223: u32 = v7; v11223 < v203; v11223 += v21073) {
let v11226 = v11209 * v203;
let v11227 = v11226 + v11223;
let v11231 = &(*v18649)[v11227];
let v11232 = *v11231;
let v11241 = &(*v18581)[v11223];
let v11242 = *v11241;
let v21413 = fma(v11219, v11232, v11242);
*v11241 = v21413;

}

}
for(var v11247: u32 = v7; v11247 < v203; v11247 += v21073) {
let v11256 = &(*v18608)[v11247];
let v11257 = *v11256;
for(var v11261: u32 = v7; v11261 < v203; v11261 += v21073) {
let v11264 = v11247 * v203;
let v11265 = v11264 + v11261;
let v11269 = &(*v18649)[v11265];
let v11270 = *v11269;
let v11279 = &(*v18583)[v11261];
let v11280 = *v11279;
let v21414 = fma(v11257, v11270, v11280);
*v11279 = v21414;

}

}
for(var v11285: u32 = v7; v11285 < v203; v11285 += v21073) {
let v11294 = &(*v18609)[v11285];
let v11295 = *v11294;
for(var v11299: u32 = v7; v11299 < v203; v11299 += v21073) {
let v11302 = v11285 * v203;
let v11303 = v11302 + v11299;
let v11307 = &(*v18649)[v11303];
let v11308 = *v11307;
let v11317 = &(*v18585)[v11299];
let v11318 = *v11317;
let v21415 = fma(v11295, v11308, v11318);
*v11317 = v21415;

}

}
for(var v11323: u32 = v7; v11323 < v203; v11323 += v21073) {
let v11332 = &(*v18610)[v11323];
let v11333 = *v11332;
for(var v11337: u32 = v7; v11337 < v203; v11337 += v21073) {
let v11340 = v11323 * v203;
let v11341 = v11340 + v11337;
let v11345 = &(*v18649)[v11341];
let v11346 = *v11345;
let v11355 = &(*v18587)[v11337];
let v11356 = *v11355;
let v21416 = fma(v11333, v11346, v11356);
*v11355 = v21416;

}

}
for(var v11361: u32 = v7; v11361 < v203; v11361 += v21073) {
let v11370 = &(*v18611)[v11361];
let v11371 = *v11370;
for(var v11375: u32 = v7; v11375 < v203; v11375 += v21073) {
let v11378 = v11361 * v203;
let v11379 = v11378 + v11375;
let v11383 = &(*v18649)[v11379];
let v11384 = *v11383;
let v11393 = &(*v18589)[v11375];
let v11394 = *v11393;
let v21417 = fma(v11371, v11384, v11394);
*v11393 = v21417;

}

}
for(var v11399: u32 = v7; v11399 < v203; v11399 += v21073) {
let v11408 = &(*v18612)[v11399];
let v11409 = *v11408;
for(var v11413: u32 = v7; v11413 < v203; v11413 += v21073) {
let v11416 = v11399 * v203;
let v11417 = v11416 + v11413;
let v11421 = &(*v18649)[v11417];
let v11422 = *v11421;
let v11431 = &(*v18591)[v11413];
let v11432 = *v11431;
let v21418 = fma(v11409, v11422, v11432);
*v11431 = v21418;

}

}
for(var v11437: u32 = v7; v11437 < v203; v11437 += v21073) {
let v11446 = &(*v18613)[v11437];
let v11447 = *v11446;
for(var v11451: u32 = v7; v11451 < v203; v11451 += v21073) {
let v11454 = v11437 * v203;
let v11455 = v11454 + v11451;
let v11459 = &(*v18649)[v11455];
let v11460 = *v11459;
let v11469 = &(*v18593)[v11451];
let v11470 = *v11469;
let v21419 = fma(v11447, v11460, v11470);
*v11469 = v21419;

}

}
for(var v11475: u32 = v7; v11475 < v203; v11475 += v21073) {
let v11484 = &(*v18614)[v11475];
let v11485 = *v11484;
for(var v11489: u32 = v7; v11489 < v203; v11489 += v21073) {
let v11492 = v11475 * v203;
let v11493 = v11492 + v11489;
let v11497 = &(*v18649)[v11493];
let v11498 = *v11497;
let v11507 = &(*v18595)[v11489];
let v11508 = *v11507;
let v21420 = fma(v11485, v11498, v11508);
*v11507 = v21420;

}

}
for(var v11513: u32 = v7; v11513 < v203; v11513 += v21073) {
let v11522 = &(*v18615)[v11513];
let v11523 = *v11522;
for(var v11527: u32 = v7; v11527 < v203; v11527 += v21073) {
let v11530 = v11513 * v203;
let v11531 = v11530 + v11527;
let v11535 = &(*v18649)[v11531];
let v11536 = *v11535;
let v11545 = &(*v18597)[v11527];
let v11546 = *v11545;
let v21421 = fma(v11523, v11536, v11546);
*v11545 = v21421;

}

}
for(var v11551: u32 = v7; v11551 < v203; v11551 += v21073) {
let v11560 = &(*v18616)[v11551];
let v11561 = *v11560;
for(var v11565: u32 = v7; v11565 < v203; v11565 += v21073) {
let v11568 = v11551 * v203;
let v11569 = v11568 + v11565;
let v11573 = &(*v18649)[v11569];
let v11574 = *v11573;
let v11583 = &(*v18599)[v11565];
let v11584 = *v11583;
let v21422 = fma(v11561, v11574, v11584);
*v11583 = v21422;

}

}
let v11590 = v168 + v425;
let v11592 = v168 * v11590;
let v11594 = v11592 / v149;
for(var v11600: u32 = v56; v11600 < v136; v11600 += v44) {
for(var v11605: u32 = v56; v11605 < v149; v11605 += v44) {
let v11608 = v11600 * v149;
let v11609 = v11608 + v11605;
let v11610 = v11594 + v11609;
let v11611 = u32(v11610);
let v11615 = &(*v18555)[v11611];
let v11616 = *v11615;
let v11617 = v11616[0];
let v11619 = v11600 * v136;
let v11621 = v11605 * v149;
let v11622 = v11619 + v11621;
let v11625 = u32(v11622);
let v11629 = &(*v18649)[v11625];
*v11629 = v11617;
let v11630 = v11616[1];
let v11637 = v11622 + v44;
let v11638 = u32(v11637);
let v11642 = &(*v18649)[v11638];
*v11642 = v11630;

}

}
for(var v11646: u32 = v7; v11646 < v203; v11646 += v21073) {
let v11655 = &(*v18601)[v11646];
let v11656 = *v11655;
for(var v11660: u32 = v7; v11660 < v203; v11660 += v21073) {
let v11663 = v11646 * v203;
let v11664 = v11663 + v11660;
let v11668 = &(*v18649)[v11664];
let v11669 = *v11668;
let v11678 = &(*v18570)[v11660];
let v11679 = *v11678;
let v21423 = fma(v11656, v11669, v11679);
*v11678 = v21423;

}

}
for(var v11684: u32 = v7; v11684 < v203; v11684 += v21073) {
let v11693 = &(*v18602)[v11684];
let v11694 = *v11693;
for(var v11698: u32 = v7; v11698 < v203; v11698 += v21073) {
let v11701 = v11684 * v203;
let v11702 = v11701 + v11698;
let v11706 = &(*v18649)[v11702];
let v11707 = *v11706;
let v11716 = &(*v18572)[v11698];
let v11717 = *v11716;
let v21424 = fma(v11694, v11707, v11717);
*v11716 = v21424;

}

}
for(var v11722: u32 = v7; v11722 < v203; v11722 += v21073) {
let v11731 = &(*v18603)[v11722];
let v11732 = *v11731;
for(var v11736: u32 = v7; v11736 < v203; v11736 += v21073) {
let v11739 = v11722 * v203;
let v11740 = v11739 + v11736;
let v11744 = &(*v18649)[v11740];
let v11745 = *v11744;
let v11754 = &(*v18574)[v11736];
let v11755 = *v11754;
let v21425 = fma(v11732, v11745, v11755);
*v11754 = v21425;

}

}
for(var v11760: u32 = v7; v11760 < v203; v11760 += v21073) {
let v11769 = &(*v18604)[v11760];
let v11770 = *v11769;
for(var v11774: u32 = v7; v11774 < v203; v11774 += v21073) {
let v11777 = v11760 * v203;
let v11778 = v11777 + v11774;
let v11782 = &(*v18649)[v11778];
let v11783 = *v11782;
let v11792 = &(*v18576)[v11774];
let v11793 = *v11792;
let v21426 = fma(v11770, v11783, v11793);
*v11792 = v21426;

}

}
for(var v11798: u32 = v7; v11798 < v203; v11798 += v21073) {
let v11807 = &(*v18605)[v11798];
let v11808 = *v11807;
for(var v11812: u32 = v7; v11812 < v203; v11812 += v21073) {
let v11815 = v11798 * v203;
let v11816 = v11815 + v11812;
let v11820 = &(*v18649)[v11816];
let v11821 = *v11820;
let v11830 = &(*v18578)[v11812];
let v11831 = *v11830;
let v21427 = fma(v11808, v11821, v11831);
*v11830 = v21427;

}

}
for(var v11836: u32 = v7; v11836 < v203; v11836 += v21073) {
let v11845 = &(*v18606)[v11836];
let v11846 = *v11845;
for(var v11850: u32 = v7; v11850 < v203; v11850 += v21073) {
let v11853 = v11836 * v203;
let v11854 = v11853 + v11850;
let v11858 = &(*v18649)[v11854];
let v11859 = *v11858;
let v11868 = &(*v18580)[v11850];
let v11869 = *v11868;
let v21428 = fma(v11846, v11859, v11869);
*v11868 = v21428;

}

}
for(var v11874: u32 = v7; v11874 < v203; v11874 += v21073) {
let v11883 = &(*v18607)[v11874];
let v11884 = *v11883;
for(var v11888: u32 = v7; v11888 < v203; v11888 += v21073) {
let v11891 = v11874 * v203;
let v11892 = v11891 + v11888;
let v11896 = &(*v18649)[v11892];
let v11897 = *v11896;
let v11906 = &(*v18582)[v11888];
let v11907 = *v11906;
let v21429 = fma(v11884, v11897, v11907);
*v11906 = v21429;

}

}
for(var v11912: u32 = v7; v11912 < v203; v11912 += v21073) {
let v11921 = &(*v18608)[v11912];
let v11922 = *v11921;
for(var v11926: u32 = v7; v11926 < v203; v11926 += v21073) {
let v11929 = v11912 * v203;
let v11930 = v11929 + v11926;
let v11934 = &(*v18649)[v11930];
let v11935 = *v11934;
let v11944 = &(*v18584)[v11926];
let v11945 = *v11944;
let v21430 = fma(v11922, v11935, v11945);
*v11944 = v21430;

}

}
for(var v11950: u32 = v7; v11950 < v203; v11950 += v21073) {
let v11959 = &(*v18609)[v11950];
let v11960 = *v11959;
for(var v11964: u32 = v7; v11964 < v203; v11964 += v21073) {
let v11967 = v11950 * v203;
let v11968 = v11967 + v11964;
let v11972 = &(*v18649)[v11968];
let v11973 = *v11972;
let v11982 = &(*v18586)[v11964];
let v11983 = *v11982;
let v21431 = fma(v11960, v11973, v11983);
*v11982 = v21431;

}

}
for(var v11988: u32 = v7; v11988 < v203; v11988 += v21073) {
let v11997 = &(*v18610)[v11988];
let v11998 = *v11997;
for(var v12002: u32 = v7; v12002 < v203; v12002 += v21073) {
let v12005 = v11988 * v203;
let v12006 = v12005 + v12002;
let v12010 = &(*v18649)[v12006];
let v12011 = *v12010;
let v12020 = &(*v18588)[v12002];
let v12021 = *v12020;
let v21432 = fma(v11998, v12011, v12021);
*v12020 = v21432;

}

}
for(var v12026: u32 = v7; v12026 < v203; v12026 += v21073) {
let v12035 = &(*v18611)[v12026];
let v12036 = *v12035;
for(var v12040: u32 = v7; v12040 < v203; v12040 += v21073) {
let v12043 = v12026 * v203;
let v12044 = v12043 + v12040;
let v12048 = &(*v18649)[v12044];
let v12049 = *v12048;
let v12058 = &(*v18590)[v12040];
let v12059 = *v12058;
let v21433 = fma(v12036, v12049, v12059);
*v12058 = v21433;

}

}
for(var v12064: u32 = v7; v12064 < v203; v12064 += v21073) {
let v12073 = &(*v18612)[v12064];
let v12074 = *v12073;
for(var v12078: u32 = v7; v12078 < v203; v12078 += v21073) {
let v12081 = v12064 * v203;
let v12082 = v12081 + v12078;
let v12086 = &(*v18649)[v12082];
let v12087 = *v12086;
let v12096 = &(*v18592)[v12078];
let v12097 = *v12096;
let v21434 = fma(v12074, v12087, v12097);
*v12096 = v21434;

}

}
for(var v12102: u32 = v7; v12102 < v203; v12102 += v21073) {
let v12111 = &(*v18613)[v12102];
let v12112 = *v12111;
for(var v12116: u32 = v7; v12116 < v203; v12116 += v21073) {
let v12119 = v12102 * v203;
let v12120 = v12119 + v12116;
let v12124 = &(*v18649)[v12120];
let v12125 = *v12124;
let v12134 = &(*v18594)[v12116];
let v12135 = *v12134;
let v21435 = fma(v12112, v12125, v12135);
*v12134 = v21435;

}

}
for(var v12140: u32 = v7; v12140 < v203; v12140 += v21073) {
let v12149 = &(*v18614)[v12140];
let v12150 = *v12149;
for(var v12154: u32 = v7; v12154 < v203; v12154 += v21073) {
let v12157 = v12140 * v203;
let v12158 = v12157 + v12154;
let v12162 = &(*v18649)[v12158];
let v12163 = *v12162;
let v12172 = &(*v18596)[v12154];
let v12173 = *v12172;
let v21436 = fma(v12150, v12163, v12173);
*v12172 = v21436;

}

}
for(var v12178: u32 = v7; v12178 < v203; v12178 += v21073) {
let v12187 = &(*v18615)[v12178];
let v12188 = *v12187;
for(var v12192: u32 = v7; v12192 < v203; v12192 += v21073) {
let v12195 = v12178 * v203;
let v12196 = v12195 + v12192;
let v12200 = &(*v18649)[v12196];
let v12201 = *v12200;
let v12210 = &(*v18598)[v12192];
let v12211 = *v12210;
let v21437 = fma(v12188, v12201, v12211);
*v12210 = v21437;

}

}
for(var v12216: u32 = v7; v12216 < v203; v12216 += v21073) {
let v12225 = &(*v18616)[v12216];
let v12226 = *v12225;
for(var v12230: u32 = v7; v12230 < v203; v12230 += v21073) {
let v12233 = v12216 * v203;
let v12234 = v12233 + v12230;
let v12238 = &(*v18649)[v12234];
let v12239 = *v12238;
let v12248 = &(*v18600)[v12230];
let v12249 = *v12248;
let v21438 = fma(v12226, v12239, v12249);
*v12248 = v21438;

}

}
let v12257 = v21173 + v403;
let v12259 = v136 * v12257;
let v12261 = v12259 / v136;
let v12270 = u32(v12261);
let v12274 = &(*v18553)[v12270];
let v12275 = *v12274;
let v12276 = v12275[0];
*v4310 = v12276;
let v12291 = v12275[1];
*v4325 = v12291;
let v12306 = v12275[2];
*v4340 = v12306;
let v12321 = v12275[3];
*v4355 = v12321;
let v12340 = v21173 + v438;
let v12342 = v136 * v12340;
let v12344 = v12342 / v136;
let v12353 = u32(v12344);
let v12357 = &(*v18553)[v12353];
let v12358 = *v12357;
let v12359 = v12358[0];
*v4393 = v12359;
let v12374 = v12358[1];
*v4408 = v12374;
let v12389 = v12358[2];
*v4423 = v12389;
let v12404 = v12358[3];
*v4438 = v12404;
let v12423 = v21173 + v466;
let v12425 = v136 * v12423;
let v12427 = v12425 / v136;
let v12436 = u32(v12427);
let v12440 = &(*v18553)[v12436];
let v12441 = *v12440;
let v12442 = v12441[0];
*v4476 = v12442;
let v12457 = v12441[1];
*v4491 = v12457;
let v12472 = v12441[2];
*v4506 = v12472;
let v12487 = v12441[3];
*v4521 = v12487;
let v12506 = v21173 + v494;
let v12508 = v136 * v12506;
let v12510 = v12508 / v136;
let v12519 = u32(v12510);
let v12523 = &(*v18553)[v12519];
let v12524 = *v12523;
let v12525 = v12524[0];
*v4559 = v12525;
let v12540 = v12524[1];
*v4574 = v12540;
let v12555 = v12524[2];
*v4589 = v12555;
let v12570 = v12524[3];
*v4604 = v12570;
let v12589 = v21173 + v522;
let v12591 = v136 * v12589;
let v12593 = v12591 / v136;
let v12602 = u32(v12593);
let v12606 = &(*v18553)[v12602];
let v12607 = *v12606;
let v12608 = v12607[0];
*v4642 = v12608;
let v12623 = v12607[1];
*v4657 = v12623;
let v12638 = v12607[2];
*v4672 = v12638;
let v12653 = v12607[3];
*v4687 = v12653;
let v12672 = v21173 + v550;
let v12674 = v136 * v12672;
let v12676 = v12674 / v136;
let v12685 = u32(v12676);
let v12689 = &(*v18553)[v12685];
let v12690 = *v12689;
let v12691 = v12690[0];
*v4725 = v12691;
let v12706 = v12690[1];
*v4740 = v12706;
let v12721 = v12690[2];
*v4755 = v12721;
let v12736 = v12690[3];
*v4770 = v12736;
let v12755 = v21173 + v578;
let v12757 = v136 * v12755;
let v12759 = v12757 / v136;
let v12768 = u32(v12759);
let v12772 = &(*v18553)[v12768];
let v12773 = *v12772;
let v12774 = v12773[0];
*v4808 = v12774;
let v12789 = v12773[1];
*v4823 = v12789;
let v12804 = v12773[2];
*v4838 = v12804;
let v12819 = v12773[3];
*v4853 = v12819;
let v12838 = v21173 + v606;
let v12840 = v136 * v12838;
let v12842 = v12840 / v136;
let v12851 = u32(v12842);
let v12855 = &(*v18553)[v12851];
let v12856 = *v12855;
let v12857 = v12856[0];
*v4891 = v12857;
let v12872 = v12856[1];
*v4906 = v12872;
let v12887 = v12856[2];
*v4921 = v12887;
let v12902 = v12856[3];
*v4936 = v12902;
let v12921 = v21173 + v634;
let v12923 = v136 * v12921;
let v12925 = v12923 / v136;
let v12934 = u32(v12925);
let v12938 = &(*v18553)[v12934];
let v12939 = *v12938;
let v12940 = v12939[0];
*v4974 = v12940;
let v12955 = v12939[1];
*v4989 = v12955;
let v12970 = v12939[2];
*v5004 = v12970;
let v12985 = v12939[3];
*v5019 = v12985;
let v13004 = v21173 + v662;
let v13006 = v136 * v13004;
let v13008 = v13006 / v136;
let v13017 = u32(v13008);
let v13021 = &(*v18553)[v13017];
let v13022 = *v13021;
let v13023 = v13022[0];
*v5057 = v13023;
let v13038 = v13022[1];
*v5072 = v13038;
let v13053 = v13022[2];
*v5087 = v13053;
let v13068 = v13022[3];
*v5102 = v13068;
let v13087 = v21173 + v690;
let v13089 = v136 * v13087;
let v13091 = v13089 / v136;
let v13100 = u32(v13091);
let v13104 = &(*v18553)[v13100];
let v13105 = *v13104;
let v13106 = v13105[0];
*v5140 = v13106;
let v13121 = v13105[1];
*v5155 = v13121;
let v13136 = v13105[2];
*v5170 = v13136;
let v13151 = v13105[3];
*v5185 = v13151;
let v13170 = v21173 + v718;
let v13172 = v136 * v13170;
let v13174 = v13172 / v136;
let v13183 = u32(v13174);
let v13187 = &(*v18553)[v13183];
let v13188 = *v13187;
let v13189 = v13188[0];
*v5223 = v13189;
let v13204 = v13188[1];
*v5238 = v13204;
let v13219 = v13188[2];
*v5253 = v13219;
let v13234 = v13188[3];
*v5268 = v13234;
let v13253 = v21173 + v746;
let v13255 = v136 * v13253;
let v13257 = v13255 / v136;
let v13266 = u32(v13257);
let v13270 = &(*v18553)[v13266];
let v13271 = *v13270;
let v13272 = v13271[0];
*v5306 = v13272;
let v13287 = v13271[1];
*v5321 = v13287;
let v13302 = v13271[2];
*v5336 = v13302;
let v13317 = v13271[3];
*v5351 = v13317;
let v13336 = v21173 + v774;
let v13338 = v136 * v13336;
let v13340 = v13338 / v136;
let v13349 = u32(v13340);
let v13353 = &(*v18553)[v13349];
let v13354 = *v13353;
let v13355 = v13354[0];
*v5389 = v13355;
let v13370 = v13354[1];
*v5404 = v13370;
let v13385 = v13354[2];
*v5419 = v13385;
let v13400 = v13354[3];
*v5434 = v13400;
let v13419 = v21173 + v802;
let v13421 = v136 * v13419;
let v13423 = v13421 / v136;
let v13432 = u32(v13423);
let v13436 = &(*v18553)[v13432];
let v13437 = *v13436;
let v13438 = v13437[0];
*v5472 = v13438;
let v13453 = v13437[1];
*v5487 = v13453;
let v13468 = v13437[2];
*v5502 = v13468;
let v13483 = v13437[3];
*v5517 = v13483;
let v13502 = v21173 + v830;
let v13504 = v136 * v13502;
let v13506 = v13504 / v136;
let v13515 = u32(v13506);
let v13519 = &(*v18553)[v13515];
let v13520 = *v13519;
let v13521 = v13520[0];
*v5555 = v13521;
let v13536 = v13520[1];
*v5570 = v13536;
let v13551 = v13520[2];
*v5585 = v13551;
let v13566 = v13520[3];
*v5600 = v13566;
let v19352 = u32(24);
let v13585 = v19352 + v405;
let v13587 = v168 * v13585;
let v13589 = v13587 / v149;
for(var v13595: u32 = v56; v13595 < v136; v13595 += v44) {
for(var v13600: u32 = v56; v13600 < v149; v13600 += v44) {
let v13603 = v13595 * v149;
let v13604 = v13603 + v13600;
let v13605 = v13589 + v13604;
let v13606 = u32(v13605);
let v13610 = &(*v18555)[v13606];
let v13611 = *v13610;
let v13612 = v13611[0];
let v13614 = v13595 * v136;
let v13616 = v13600 * v149;
let v13617 = v13614 + v13616;
let v13620 = u32(v13617);
let v13624 = &(*v18649)[v13620];
*v13624 = v13612;
let v13625 = v13611[1];
let v13632 = v13617 + v44;
let v13633 = u32(v13632);
let v13637 = &(*v18649)[v13633];
*v13637 = v13625;

}

}
for(var v13641: u32 = v7; v13641 < v203; v13641 += v21073) {
let v13650 = &(*v18601)[v13641];
let v13651 = *v13650;
for(var v13655: u32 = v7; v13655 < v203; v13655 += v21073) {
let v13658 = v13641 * v203;
let v13659 = v13658 + v13655;
let v13663 = &(*v18649)[v13659];
let v13664 = *v13663;
let v13673 = &(*v18569)[v13655];
let v13674 = *v13673;
let v21439 = fma(v13651, v13664, v13674);
*v13673 = v21439;

}

}
for(var v13679: u32 = v7; v13679 < v203; v13679 += v21073) {
let v13688 = &(*v18602)[v13679];
let v13689 = *v13688;
for(var v13693: u32 = v7; v13693 < v203; v13693 += v21073) {
let v13696 = v13679 * v203;
let v13697 = v13696 + v13693;
let v13701 = &(*v18649)[v13697];
let v13702 = *v13701;
let v13711 = &(*v18571)[v13693];
let v13712 = *v13711;
let v21440 = fma(v13689, v13702, v13712);
*v13711 = v21440;

}

}
for(var v13717: u32 = v7; v13717 < v203; v13717 += v21073) {
let v13726 = &(*v18603)[v13717];
let v13727 = *v13726;
for(var v13731: u32 = v7; v13731 < v203; v13731 += v21073) {
let v13734 = v13717 * v203;
let v13735 = v13734 + v13731;
let v13739 = &(*v18649)[v13735];
let v13740 = *v13739;
let v13749 = &(*v18573)[v13731];
let v13750 = *v13749;
let v21441 = fma(v13727, v13740, v13750);
*v13749 = v21441;

}

}
for(var v13755: u32 = v7; v13755 < v203; v13755 += v21073) {
let v13764 = &(*v18604)[v13755];
let v13765 = *v13764;
for(var v13769: u32 = v7; v13769 < v203; v13769 += v21073) {
let v13772 = v13755 * v203;
let v13773 = v13772 + v13769;
let v13777 = &(*v18649)[v13773];
let v13778 = *v13777;
let v13787 = &(*v18575)[v13769];
let v13788 = *v13787;
let v21442 = fma(v13765, v13778, v13788);
*v13787 = v21442;

}

}
for(var v13793: u32 = v7; v13793 < v203; v13793 += v21073) {
let v13802 = &(*v18605)[v13793];
let v13803 = *v13802;
for(var v13807: u32 = v7; v13807 < v203; v13807 += v21073) {
let v13810 = v13793 * v203;
let v13811 = v13810 + v13807;
let v13815 = &(*v18649)[v13811];
let v13816 = *v13815;
let v13825 = &(*v18577)[v13807];
let v13826 = *v13825;
let v21443 = fma(v13803, v13816, v13826);
*v13825 = v21443;

}

}
for(var v13831: u32 = v7; v13831 < v203; v13831 += v21073) {
let v13840 = &(*v18606)[v13831];
let v13841 = *v13840;
for(var v13845: u32 = v7; v13845 < v203; v13845 += v21073) {
let v13848 = v13831 * v203;
let v13849 = v13848 + v13845;
let v13853 = &(*v18649)[v13849];
let v13854 = *v13853;
let v13863 = &(*v18579)[v13845];
let v13864 = *v13863;
let v21444 = fma(v13841, v13854, v13864);
*v13863 = v21444;

}

}
for(var v13869: u32 = v7; v13869 < v203; v13869 += v21073) {
let v13878 = &(*v18607)[v13869];
let v13879 = *v13878;
for(var v13883: u32 = v7; v13883 < v203; v13883 += v21073) {
let v13886 = v13869 * v203;
let v13887 = v13886 + v13883;
let v13891 = &(*v18649)[v13887];
let v13892 = *v13891;
let v13901 = &(*v18581)[v13883];
let v13902 = *v13901;
let v21445 = fma(v13879, v13892, v13902);
*v13901 = v21445;

}

}
for(var v13907: u32 = v7; v13907 < v203; v13907 += v21073) {
let v13916 = &(*v18608)[v13907];
let v13917 = *v13916;
for(var v13921: u32 = v7; v13921 < v203; v13921 += v21073) {
let v13924 = v13907 * v203;
let v13925 = v13924 + v13921;
let v13929 = &(*v18649)[v13925];
let v13930 = *v13929;
let v13939 = &(*v18583)[v13921];
let v13940 = *v13939;
let v21446 = fma(v13917, v13930, v13940);
*v13939 = v21446;

}

}
for(var v13945: u32 = v7; v13945 < v203; v13945 += v21073) {
let v13954 = &(*v18609)[v13945];
let v13955 = *v13954;
for(var v13959: u32 = v7; v13959 < v203; v13959 += v21073) {
let v13962 = v13945 * v203;
let v13963 = v13962 + v13959;
let v13967 = &(*v18649)[v13963];
let v13968 = *v13967;
let v13977 = &(*v18585)[v13959];
let v13978 = *v13977;
let v21447 = fma(v13955, v13968, v13978);
*v13977 = v21447;

}

}
for(var v13983: u32 = v7; v13983 < v203; v13983 += v21073) {
let v13992 = &(*v18610)[v13983];
let v13993 = *v13992;
for(var v13997: u32 = v7; v13997 < v203; v13997 += v21073) {
let v14000 = v13983 * v203;
let v14001 = v14000 + v13997;
let v14005 = &(*v18649)[v14001];
let v14006 = *v14005;
let v14015 = &(*v18587)[v13997];
let v14016 = *v14015;
let v21448 = fma(v13993, v14006, v14016);
*v14015 = v21448;

}

}
for(var v14021: u32 = v7; v14021 < v203; v14021 += v21073) {
let v14030 = &(*v18611)[v14021];
let v14031 = *v14030;
for(var v14035: u32 = v7; v14035 < v203; v14035 += v21073) {
let v14038 = v14021 * v203;
let v14039 = v14038 + v14035;
let v14043 = &(*v18649)[v14039];
let v14044 = *v14043;
let v14053 = &(*v18589)[v14035];
let v14054 = *v14053;
let v21449 = fma(v14031, v14044, v14054);
*v14053 = v21449;

}

}
for(var v14059: u32 = v7; v14059 < v203; v14059 += v21073) {
let v14068 = &(*v18612)[v14059];
let v14069 = *v14068;
for(var v14073: u32 = v7; v14073 < v203; v14073 += v21073) {
let v14076 = v14059 * v203;
let v14077 = v14076 + v14073;
let v14081 = &(*v18649)[v14077];
let v14082 = *v14081;
let v14091 = &(*v18591)[v14073];
let v14092 = *v14091;
let v21450 = fma(v14069, v14082, v14092);
*v14091 = v21450;

}

}
for(var v14097: u32 = v7; v14097 < v203; v14097 += v21073) {
let v14106 = &(*v18613)[v14097];
let v14107 = *v14106;
for(var v14111: u32 = v7; v14111 < v203; v14111 += v21073) {
let v14114 = v14097 * v203;
let v14115 = v14114 + v14111;
let v14119 = &(*v18649)[v14115];
let v14120 = *v14119;
let v14129 = &(*v18593)[v14111];
let v14130 = *v14129;
let v21451 = fma(v14107, v14120, v14130);
*v14129 = v21451;

}

}
for(var v14135: u32 = v7; v14135 < v203; v14135 += v21073) {
let v14144 = &(*v18614)[v14135];
let v14145 = *v14144;
for(var v14149: u32 = v7; v14149 < v203; v14149 += v21073) {
let v14152 = v14135 * v203;
let v14153 = v14152 + v14149;
let v14157 = &(*v18649)[v14153];
let v14158 = *v14157;
let v14167 = &(*v18595)[v14149];
let v14168 = *v14167;
let v21452 = fma(v14145, v14158, v14168);
*v14167 = v21452;

}

}
for(var v14173: u32 = v7; v14173 < v203; v14173 += v21073) {
let v14182 = &(*v18615)[v14173];
let v14183 = *v14182;
for(var v14187: u32 = v7; v14187 < v203; v14187 += v21073) {
let v14190 = v14173 * v203;
let v14191 = v14190 + v14187;
let v14195 = &(*v18649)[v14191];
let v14196 = *v14195;
let v14205 = &(*v18597)[v14187];
let v14206 = *v14205;
let v21453 = fma(v14183, v14196, v14206);
*v14205 = v21453;

}

}
for(var v14211: u32 = v7; v14211 < v203; v14211 += v21073) {
let v14220 = &(*v18616)[v14211];
let v14221 = *v14220;
for(var v14225: u32 = v7; v14225 < v203; v14225 += v21073) {
let v14228 = v14211 * v203;
let v14229 = v14228 + v14225;
let v14233 = &(*v18649)[v14229];
let v14234 = *v14233;
let v14243 = &(*v18599)[v14225];
let v14244 = *v14243;
let v21454 = fma(v14221, v14234, v14244);
*v14243 = v21454;

}

}
let v14250 = v19352 + v425;
let v14252 = v168 * v14250;
let v14254 = v14252 / v149;
for(var v14260: u32 = v56; v14260 < v136; v14260 += v44) {
for(var v14265: u32 = v56; v14265 < v149; v14265 += v44) {
let v14268 = v14260 * v149;
let v14269 = v14268 + v14265;
let v14270 = v14254 + v14269;
let v14271 = u32(v14270);
let v14275 = &(*v18555)[v14271];
let v14276 = *v14275;
let v14277 = v14276[0];
let v14279 = v14260 * v136;
let v14281 = v14265 * v149;
let v14282 = v14279 + v14281;
let v14285 = u32(v14282);
let v14289 = &(*v18649)[v14285];
*v14289 = v14277;
let v14290 = v14276[1];
let v14297 = v14282 + v44;
let v14298 = u32(v14297);
let v14302 = &(*v18649)[v14298];
*v14302 = v14290;

}

}
for(var v14306: u32 = v7; v14306 < v203; v14306 += v21073) {
let v14315 = &(*v18601)[v14306];
let v14316 = *v14315;
for(var v14320: u32 = v7; v14320 < v203; v14320 += v21073) {
let v14323 = v14306 * v203;
let v14324 = v14323 + v14320;
let v14328 = &(*v18649)[v14324];
let v14329 = *v14328;
let v14338 = &(*v18570)[v14320];
let v14339 = *v14338;
let v21455 = fma(v14316, v14329, v14339);
*v14338 = v21455;

}

}
for(var v14344: u32 = v7; v14344 < v203; v14344 += v21073) {
let v14353 = &(*v18602)[v14344];
let v14354 = *v14353;
for(var v14358: u32 = v7; v14358 < v203; v14358 += v21073) {
let v14361 = v14344 * v203;
let v14362 = v14361 + v14358;
let v14366 = &(*v18649)[v14362];
let v14367 = *v14366;
let v14376 = &(*v18572)[v14358];
let v14377 = *v14376;
let v21456 = fma(v14354, v14367, v14377);
*v14376 = v21456;

}

}
for(var v14382: u32 = v7; v14382 < v203; v14382 += v21073) {
let v14391 = &(*v18603)[v14382];
let v14392 = *v14391;
for(var v14396: u32 = v7; v14396 < v203; v14396 += v21073) {
let v14399 = v14382 * v203;
let v14400 = v14399 + v14396;
let v14404 = &(*v18649)[v14400];
let v14405 = *v14404;
let v14414 = &(*v18574)[v14396];
let v14415 = *v14414;
let v21457 = fma(v14392, v14405, v14415);
*v14414 = v21457;

}

}
for(var v14420: u32 = v7; v14420 < v203; v14420 += v21073) {
let v14429 = &(*v18604)[v14420];
let v14430 = *v14429;
for(var v14434: u32 = v7; v14434 < v203; v14434 += v21073) {
let v14437 = v14420 * v203;
let v14438 = v14437 + v14434;
let v14442 = &(*v18649)[v14438];
let v14443 = *v14442;
let v14452 = &(*v18576)[v14434];
let v14453 = *v14452;
let v21458 = fma(v14430, v14443, v14453);
*v14452 = v21458;

}

}
for(var v14458: u32 = v7; v14458 < v203; v14458 += v21073) {
let v14467 = &(*v18605)[v14458];
let v14468 = *v14467;
for(var v14472: u32 = v7; v14472 < v203; v14472 += v21073) {
let v14475 = v14458 * v203;
let v14476 = v14475 + v14472;
let v14480 = &(*v18649)[v14476];
let v14481 = *v14480;
let v14490 = &(*v18578)[v14472];
let v14491 = *v14490;
let v21459 = fma(v14468, v14481, v14491);
*v14490 = v21459;

}

}
for(var v14496: u32 = v7; v14496 < v203; v14496 += v21073) {
let v14505 = &(*v18606)[v14496];
let v14506 = *v14505;
for(var v14510: u32 = v7; v14510 < v203; v14510 += v21073) {
let v14513 = v14496 * v203;
let v14514 = v14513 + v14510;
let v14518 = &(*v18649)[v14514];
let v14519 = *v14518;
let v14528 = &(*v18580)[v14510];
let v14529 = *v14528;
let v21460 = fma(v14506, v14519, v14529);
*v14528 = v21460;

}

}
for(var v14534: u32 = v7; v14534 < v203; v14534 += v21073) {
let v14543 = &(*v18607)[v14534];
let v14544 = *v14543;
for(var v14548: u32 = v7; v14548 < v203; v14548 += v21073) {
let v14551 = v14534 * v203;
let v14552 = v14551 + v14548;
let v14556 = &(*v18649)[v14552];
let v14557 = *v14556;
let v14566 = &(*v18582)[v14548];
let v14567 = *v14566;
let v21461 = fma(v14544, v14557, v14567);
*v14566 = v21461;

}

}
for(var v14572: u32 = v7; v14572 < v203; v14572 += v21073) {
let v14581 = &(*v18608)[v14572];
let v14582 = *v14581;
for(var v14586: u32 = v7; v14586 < v203; v14586 += v21073) {
let v14589 = v14572 * v203;
let v14590 = v14589 + v14586;
let v14594 = &(*v18649)[v14590];
let v14595 = *v14594;
let v14604 = &(*v18584)[v14586];
let v14605 = *v14604;
let v21462 = fma(v14582, v14595, v14605);
*v14604 = v21462;

}

}
for(var v14610: u32 = v7; v14610 < v203; v14610 += v21073) {
let v14619 = &(*v18609)[v14610];
let v14620 = *v14619;
for(var v14624: u32 = v7; v14624 < v203; v14624 += v21073) {
let v14627 = v14610 * v203;
let v14628 = v14627 + v14624;
let v14632 = &(*v18649)[v14628];
let v14633 = *v14632;
let v14642 = &(*v18586)[v14624];
let v14643 = *v14642;
let v21463 = fma(v14620, v14633, v14643);
*v14642 = v21463;

}

}
for(var v14648: u32 = v7; v14648 < v203; v14648 += v21073) {
let v14657 = &(*v18610)[v14648];
let v14658 = *v14657;
for(var v14662: u32 = v7; v14662 < v203; v14662 += v21073) {
let v14665 = v14648 * v203;
let v14666 = v14665 + v14662;
let v14670 = &(*v18649)[v14666];
let v14671 = *v14670;
let v14680 = &(*v18588)[v14662];
let v14681 = *v14680;
let v21464 = fma(v14658, v14671, v14681);
*v14680 = v21464;

}

}
for(var v14686: u32 = v7; v14686 < v203; v14686 += v21073) {
let v14695 = &(*v18611)[v14686];
let v14696 = *v14695;
for(var v14700: u32 = v7; v14700 < v203; v14700 += v21073) {
let v14703 = v14686 * v203;
let v14704 = v14703 + v14700;
let v14708 = &(*v18649)[v14704];
let v14709 = *v14708;
let v14718 = &(*v18590)[v14700];
let v14719 = *v14718;
let v21465 = fma(v14696, v14709, v14719);
*v14718 = v21465;

}

}
for(var v14724: u32 = v7; v14724 < v203; v14724 += v21073) {
let v14733 = &(*v18612)[v14724];
let v14734 = *v14733;
for(var v14738: u32 = v7; v14738 < v203; v14738 += v21073) {
let v14741 = v14724 * v203;
let v14742 = v14741 + v14738;
let v14746 = &(*v18649)[v14742];
let v14747 = *v14746;
let v14756 = &(*v18592)[v14738];
let v14757 = *v14756;
let v21466 = fma(v14734, v14747, v14757);
*v14756 = v21466;

}

}
for(var v14762: u32 = v7; v14762 < v203; v14762 += v21073) {
let v14771 = &(*v18613)[v14762];
let v14772 = *v14771;
for(var v14776: u32 = v7; v14776 < v203; v14776 += v21073) {
let v14779 = v14762 * v203;
let v14780 = v14779 + v14776;
let v14784 = &(*v18649)[v14780];
let v14785 = *v14784;
let v14794 = &(*v18594)[v14776];
let v14795 = *v14794;
let v21467 = fma(v14772, v14785, v14795);
*v14794 = v21467;

}

}
for(var v14800: u32 = v7; v14800 < v203; v14800 += v21073) {
let v14809 = &(*v18614)[v14800];
let v14810 = *v14809;
for(var v14814: u32 = v7; v14814 < v203; v14814 += v21073) {
let v14817 = v14800 * v203;
let v14818 = v14817 + v14814;
let v14822 = &(*v18649)[v14818];
let v14823 = *v14822;
let v14832 = &(*v18596)[v14814];
let v14833 = *v14832;
let v21468 = fma(v14810, v14823, v14833);
*v14832 = v21468;

}

}
for(var v14838: u32 = v7; v14838 < v203; v14838 += v21073) {
let v14847 = &(*v18615)[v14838];
let v14848 = *v14847;
for(var v14852: u32 = v7; v14852 < v203; v14852 += v21073) {
let v14855 = v14838 * v203;
let v14856 = v14855 + v14852;
let v14860 = &(*v18649)[v14856];
let v14861 = *v14860;
let v14870 = &(*v18598)[v14852];
let v14871 = *v14870;
let v21469 = fma(v14848, v14861, v14871);
*v14870 = v21469;

}

}
for(var v14876: u32 = v7; v14876 < v203; v14876 += v21073) {
let v14885 = &(*v18616)[v14876];
let v14886 = *v14885;
for(var v14890: u32 = v7; v14890 < v203; v14890 += v21073) {
let v14893 = v14876 * v203;
let v14894 = v14893 + v14890;
let v14898 = &(*v18649)[v14894];
let v14899 = *v14898;
let v14908 = &(*v18600)[v14890];
let v14909 = *v14908;
let v21470 = fma(v14886, v14899, v14909);
*v14908 = v21470;

}

}
let v14911 = *v18554;
let v14913 = *v18558;
let v14914 = v14911 + v14913;
*v18554 = v14914;
let v14915 = *v18556;
let v14917 = *v18562;
let v14918 = v14915 + v14917;
*v18556 = v14918;

}
workgroupBarrier();
var<function> v18925_store: u32;
let v18925 = &v18925_store;
let v14922 = *v18566;
*v18925 = v14922;
var<function> v18926_store: u32;
let v18926 = &v18926_store;
let v14924 = *v18567;
*v18926 = v14924;
var<function> v18927_store: u32;
let v18927 = &v18927_store;
let v14926 = *v18568;
*v18927 = v14926;
var<function> v18928_store: u32;
let v18928 = &v18928_store;
let v14932 = *v18925;
*v18928 = v14932;
var<function> v18929_store: u32;
let v18929 = &v18929_store;
let v14934 = *v18926;
*v18929 = v14934;
var<function> v18930_store: u32;
let v18930 = &v18930_store;
let v14936 = *v18927;
*v18930 = v14936;
var<function> v18931_store: u32;
let v18931 = &v18931_store;
let v14938 = *v18928;
*v18931 = v14938;
var<function> v18932_store: u32;
let v18932 = &v18932_store;
let v14940 = *v18929;
*v18932 = v14940;
var<function> v18933_store: u32;
let v18933 = &v18933_store;
let v14942 = *v18930;
*v18933 = v14942;
for(var v14947: u32 = v56; v14947 < v149; v14947 += v44) {
let v14949 = *v18931;
let v14950 = v14949 + v14947;
let v14951 = f32(0.0);
let v14952 = vec2<f32>(v14951);
var<function> v18935_store: vec2<f32>;
let v18935 = &v18935_store;
*v18935 = v14952;
var<function> v18936_store: vec2<f32>;
let v18936 = &v18936_store;
let v14955 = *v18935;
*v18936 = v14955;
let v14957 = v14947 * v149;
let v14960 = u32(v14957);
let v14964 = &(*v18569)[v14960];
let v14965 = *v14964;
let v14966 = *v18936;
let v14967 = vec2<f32>(v14965, v14966[1]);
*v18936 = v14967;
let v14971 = v14957 + v44;
let v14972 = u32(v14971);
let v14976 = &(*v18569)[v14972];
let v14977 = *v14976;
let v14978 = *v18936;
let v14979 = vec2<f32>(v14978[0], v14977);
*v18936 = v14979;
let v14980 = *v18936;
let v14981 = u32(v14950);
let v14985 = &(*v18557)[v14981];
*v14985 = v14980;

}
let v14990 = u32(2);
for(var v14996: u32 = v56; v14996 < v149; v14996 += v44) {
let v14998 = *v18566;
let v14999 = v14998 + v14996;
let v15000 = u32(v14999);
let v15004 = &(*v18557)[v15000];
let v15005 = *v15004;
let v15008 = v14996 * v149;
let v15012 = v405 * v136;
let v15014 = v15008 / v136;
let v15016 = v15008 % v136;
let v15017 = v403 + v15014;
let v15018 = v15012 + v15016;
// is_in_bounds
// is_in_bounds_end
let v15019 = v123 + v15017;
let v15020 = v124 + v15018;
let v15023 = u32(v15019);
let v15024 = v15023 * v19;
let v15025 = *v18552;
let v15026 = v15025 + v15024;
let v15027 = u32(v15020);
let v15028 = v15027 * v20;
let v15029 = v15026 + v15028;
let v15031 = v15029 / v14990;
let v15032 = v15019 < v17;
let v15033 = v15020 < v18;
let v15034 = v15032 && v15033;
if v15034 {
let v15036 = v15031 < v18546;
if v15036 {
let v15040 = &(*v21471)[v15031];
*v15040 = v15005;

}

}

}
var<function> v18938_store: u32;
let v18938 = &v18938_store;
let v15044 = *v18925;
*v18938 = v15044;
var<function> v18939_store: u32;
let v18939 = &v18939_store;
let v15046 = *v18926;
*v18939 = v15046;
var<function> v18940_store: u32;
let v18940 = &v18940_store;
let v15048 = *v18927;
*v18940 = v15048;
var<function> v18941_store: u32;
let v18941 = &v18941_store;
let v15050 = *v18938;
*v18941 = v15050;
var<function> v18942_store: u32;
let v18942 = &v18942_store;
let v15052 = *v18939;
*v18942 = v15052;
var<function> v18943_store: u32;
let v18943 = &v18943_store;
let v15054 = *v18940;
*v18943 = v15054;
for(var v15059: u32 = v56; v15059 < v149; v15059 += v44) {
let v15061 = *v18941;
let v15062 = v15061 + v15059;
let v15063 = f32(0.0);
let v15064 = vec2<f32>(v15063);
var<function> v18945_store: vec2<f32>;
let v18945 = &v18945_store;
*v18945 = v15064;
var<function> v18946_store: vec2<f32>;
let v18946 = &v18946_store;
let v15067 = *v18945;
*v18946 = v15067;
let v15069 = v15059 * v149;
let v15072 = u32(v15069);
let v15076 = &(*v18570)[v15072];
let v15077 = *v15076;
let v15078 = *v18946;
let v15079 = vec2<f32>(v15077, v15078[1]);
*v18946 = v15079;
let v15083 = v15069 + v44;
let v15084 = u32(v15083);
let v15088 = &(*v18570)[v15084];
let v15089 = *v15088;
let v15090 = *v18946;
let v15091 = vec2<f32>(v15090[0], v15089);
*v18946 = v15091;
let v15092 = *v18946;
let v15093 = u32(v15062);
let v15097 = &(*v18557)[v15093];
*v15097 = v15092;

}
for(var v15108: u32 = v56; v15108 < v149; v15108 += v44) {
let v15110 = *v18566;
let v15111 = v15110 + v15108;
let v15112 = u32(v15111);
let v15116 = &(*v18557)[v15112];
let v15117 = *v15116;
let v15120 = v15108 * v149;
let v15124 = v425 * v136;
let v15126 = v15120 / v136;
let v15128 = v15120 % v136;
let v15129 = v403 + v15126;
let v15130 = v15124 + v15128;
// is_in_bounds
// is_in_bounds_end
let v15131 = v123 + v15129;
let v15132 = v124 + v15130;
let v15135 = u32(v15131);
let v15136 = v15135 * v19;
let v15137 = *v18552;
let v15138 = v15137 + v15136;
let v15139 = u32(v15132);
let v15140 = v15139 * v20;
let v15141 = v15138 + v15140;
let v15143 = v15141 / v14990;
let v15144 = v15131 < v17;
let v15145 = v15132 < v18;
let v15146 = v15144 && v15145;
if v15146 {
let v15148 = v15143 < v18546;
if v15148 {
let v15152 = &(*v21471)[v15143];
*v15152 = v15117;

}

}

}
var<function> v18948_store: u32;
let v18948 = &v18948_store;
let v15158 = *v18925;
*v18948 = v15158;
var<function> v18949_store: u32;
let v18949 = &v18949_store;
let v15160 = *v18926;
*v18949 = v15160;
var<function> v18950_store: u32;
let v18950 = &v18950_store;
let v15162 = *v18927;
*v18950 = v15162;
var<function> v18951_store: u32;
let v18951 = &v18951_store;
let v15164 = *v18948;
*v18951 = v15164;
var<function> v18952_store: u32;
let v18952 = &v18952_store;
let v15166 = *v18949;
*v18952 = v15166;
var<function> v18953_store: u32;
let v18953 = &v18953_store;
let v15168 = *v18950;
*v18953 = v15168;
for(var v15173: u32 = v56; v15173 < v149; v15173 += v44) {
let v15175 = *v18951;
let v15176 = v15175 + v15173;
let v15177 = f32(0.0);
let v15178 = vec2<f32>(v15177);
var<function> v18955_store: vec2<f32>;
let v18955 = &v18955_store;
*v18955 = v15178;
var<function> v18956_store: vec2<f32>;
let v18956 = &v18956_store;
let v15181 = *v18955;
*v18956 = v15181;
let v15183 = v15173 * v149;
let v15186 = u32(v15183);
let v15190 = &(*v18571)[v15186];
let v15191 = *v15190;
let v15192 = *v18956;
let v15193 = vec2<f32>(v15191, v15192[1]);
*v18956 = v15193;
let v15197 = v15183 + v44;
let v15198 = u32(v15197);
let v15202 = &(*v18571)[v15198];
let v15203 = *v15202;
let v15204 = *v18956;
let v15205 = vec2<f32>(v15204[0], v15203);
*v18956 = v15205;
let v15206 = *v18956;
let v15207 = u32(v15176);
let v15211 = &(*v18557)[v15207];
*v15211 = v15206;

}
for(var v15222: u32 = v56; v15222 < v149; v15222 += v44) {
let v15224 = *v18566;
let v15225 = v15224 + v15222;
let v15226 = u32(v15225);
let v15230 = &(*v18557)[v15226];
let v15231 = *v15230;
let v15234 = v15222 * v149;
let v15238 = v405 * v136;
let v15240 = v15234 / v136;
let v15242 = v15234 % v136;
let v15243 = v438 + v15240;
let v15244 = v15238 + v15242;
// is_in_bounds
// is_in_bounds_end
let v15245 = v123 + v15243;
let v15246 = v124 + v15244;
let v15249 = u32(v15245);
let v15250 = v15249 * v19;
let v15251 = *v18552;
let v15252 = v15251 + v15250;
let v15253 = u32(v15246);
let v15254 = v15253 * v20;
let v15255 = v15252 + v15254;
let v15257 = v15255 / v14990;
let v15258 = v15245 < v17;
let v15259 = v15246 < v18;
let v15260 = v15258 && v15259;
if v15260 {
let v15262 = v15257 < v18546;
if v15262 {
let v15266 = &(*v21471)[v15257];
*v15266 = v15231;

}

}

}
var<function> v18958_store: u32;
let v18958 = &v18958_store;
let v15270 = *v18925;
*v18958 = v15270;
var<function> v18959_store: u32;
let v18959 = &v18959_store;
let v15272 = *v18926;
*v18959 = v15272;
var<function> v18960_store: u32;
let v18960 = &v18960_store;
let v15274 = *v18927;
*v18960 = v15274;
var<function> v18961_store: u32;
let v18961 = &v18961_store;
let v15276 = *v18958;
*v18961 = v15276;
var<function> v18962_store: u32;
let v18962 = &v18962_store;
let v15278 = *v18959;
*v18962 = v15278;
var<function> v18963_store: u32;
let v18963 = &v18963_store;
let v15280 = *v18960;
*v18963 = v15280;
for(var v15285: u32 = v56; v15285 < v149; v15285 += v44) {
let v15287 = *v18961;
let v15288 = v15287 + v15285;
let v15289 = f32(0.0);
let v15290 = vec2<f32>(v15289);
var<function> v18965_store: vec2<f32>;
let v18965 = &v18965_store;
*v18965 = v15290;
var<function> v18966_store: vec2<f32>;
let v18966 = &v18966_store;
let v15293 = *v18965;
*v18966 = v15293;
let v15295 = v15285 * v149;
let v15298 = u32(v15295);
let v15302 = &(*v18572)[v15298];
let v15303 = *v15302;
let v15304 = *v18966;
let v15305 = vec2<f32>(v15303, v15304[1]);
*v18966 = v15305;
let v15309 = v15295 + v44;
let v15310 = u32(v15309);
let v15314 = &(*v18572)[v15310];
let v15315 = *v15314;
let v15316 = *v18966;
let v15317 = vec2<f32>(v15316[0], v15315);
*v18966 = v15317;
let v15318 = *v18966;
let v15319 = u32(v15288);
let v15323 = &(*v18557)[v15319];
*v15323 = v15318;

}
for(var v15334: u32 = v56; v15334 < v149; v15334 += v44) {
let v15336 = *v18566;
let v15337 = v15336 + v15334;
let v15338 = u32(v15337);
let v15342 = &(*v18557)[v15338];
let v15343 = *v15342;
let v15346 = v15334 * v149;
let v15350 = v425 * v136;
let v15352 = v15346 / v136;
let v15354 = v15346 % v136;
let v15355 = v438 + v15352;
let v15356 = v15350 + v15354;
// is_in_bounds
// is_in_bounds_end
let v15357 = v123 + v15355;
let v15358 = v124 + v15356;
let v15361 = u32(v15357);
let v15362 = v15361 * v19;
let v15363 = *v18552;
let v15364 = v15363 + v15362;
let v15365 = u32(v15358);
let v15366 = v15365 * v20;
let v15367 = v15364 + v15366;
let v15369 = v15367 / v14990;
let v15370 = v15357 < v17;
let v15371 = v15358 < v18;
let v15372 = v15370 && v15371;
if v15372 {
let v15374 = v15369 < v18546;
if v15374 {
let v15378 = &(*v21471)[v15369];
*v15378 = v15343;

}

}

}
var<function> v18968_store: u32;
let v18968 = &v18968_store;
let v15384 = *v18925;
*v18968 = v15384;
var<function> v18969_store: u32;
let v18969 = &v18969_store;
let v15386 = *v18926;
*v18969 = v15386;
var<function> v18970_store: u32;
let v18970 = &v18970_store;
let v15388 = *v18927;
*v18970 = v15388;
var<function> v18971_store: u32;
let v18971 = &v18971_store;
let v15390 = *v18968;
*v18971 = v15390;
var<function> v18972_store: u32;
let v18972 = &v18972_store;
let v15392 = *v18969;
*v18972 = v15392;
var<function> v18973_store: u32;
let v18973 = &v18973_store;
let v15394 = *v18970;
*v18973 = v15394;
for(var v15399: u32 = v56; v15399 < v149; v15399 += v44) {
let v15401 = *v18971;
let v15402 = v15401 + v15399;
let v15403 = f32(0.0);
let v15404 = vec2<f32>(v15403);
var<function> v18975_store: vec2<f32>;
let v18975 = &v18975_store;
*v18975 = v15404;
var<function> v18976_store: vec2<f32>;
let v18976 = &v18976_store;
let v15407 = *v18975;
*v18976 = v15407;
let v15409 = v15399 * v149;
let v15412 = u32(v15409);
let v15416 = &(*v18573)[v15412];
let v15417 = *v15416;
let v15418 = *v18976;
let v15419 = vec2<f32>(v15417, v15418[1]);
*v18976 = v15419;
let v15423 = v15409 + v44;
let v15424 = u32(v15423);
let v15428 = &(*v18573)[v15424];
let v15429 = *v15428;
let v15430 = *v18976;
let v15431 = vec2<f32>(v15430[0], v15429);
*v18976 = v15431;
let v15432 = *v18976;
let v15433 = u32(v15402);
let v15437 = &(*v18557)[v15433];
*v15437 = v15432;

}
for(var v15448: u32 = v56; v15448 < v149; v15448 += v44) {
let v15450 = *v18566;
let v15451 = v15450 + v15448;
let v15452 = u32(v15451);
let v15456 = &(*v18557)[v15452];
let v15457 = *v15456;
let v15460 = v15448 * v149;
let v15464 = v405 * v136;
let v15466 = v15460 / v136;
let v15468 = v15460 % v136;
let v15469 = v466 + v15466;
let v15470 = v15464 + v15468;
// is_in_bounds
// is_in_bounds_end
let v15471 = v123 + v15469;
let v15472 = v124 + v15470;
let v15475 = u32(v15471);
let v15476 = v15475 * v19;
let v15477 = *v18552;
let v15478 = v15477 + v15476;
let v15479 = u32(v15472);
let v15480 = v15479 * v20;
let v15481 = v15478 + v15480;
let v15483 = v15481 / v14990;
let v15484 = v15471 < v17;
let v15485 = v15472 < v18;
let v15486 = v15484 && v15485;
if v15486 {
let v15488 = v15483 < v18546;
if v15488 {
let v15492 = &(*v21471)[v15483];
*v15492 = v15457;

}

}

}
var<function> v18978_store: u32;
let v18978 = &v18978_store;
let v15496 = *v18925;
*v18978 = v15496;
var<function> v18979_store: u32;
let v18979 = &v18979_store;
let v15498 = *v18926;
*v18979 = v15498;
var<function> v18980_store: u32;
let v18980 = &v18980_store;
let v15500 = *v18927;
*v18980 = v15500;
var<function> v18981_store: u32;
let v18981 = &v18981_store;
let v15502 = *v18978;
*v18981 = v15502;
var<function> v18982_store: u32;
let v18982 = &v18982_store;
let v15504 = *v18979;
*v18982 = v15504;
var<function> v18983_store: u32;
let v18983 = &v18983_store;
let v15506 = *v18980;
*v18983 = v15506;
for(var v15511: u32 = v56; v15511 < v149; v15511 += v44) {
let v15513 = *v18981;
let v15514 = v15513 + v15511;
let v15515 = f32(0.0);
let v15516 = vec2<f32>(v15515);
var<function> v18985_store: vec2<f32>;
let v18985 = &v18985_store;
*v18985 = v15516;
var<function> v18986_store: vec2<f32>;
let v18986 = &v18986_store;
let v15519 = *v18985;
*v18986 = v15519;
let v15521 = v15511 * v149;
let v15524 = u32(v15521);
let v15528 = &(*v18574)[v15524];
let v15529 = *v15528;
let v15530 = *v18986;
let v15531 = vec2<f32>(v15529, v15530[1]);
*v18986 = v15531;
let v15535 = v15521 + v44;
let v15536 = u32(v15535);
let v15540 = &(*v18574)[v15536];
let v15541 = *v15540;
let v15542 = *v18986;
let v15543 = vec2<f32>(v15542[0], v15541);
*v18986 = v15543;
let v15544 = *v18986;
let v15545 = u32(v15514);
let v15549 = &(*v18557)[v15545];
*v15549 = v15544;

}
for(var v15560: u32 = v56; v15560 < v149; v15560 += v44) {
let v15562 = *v18566;
let v15563 = v15562 + v15560;
let v15564 = u32(v15563);
let v15568 = &(*v18557)[v15564];
let v15569 = *v15568;
let v15572 = v15560 * v149;
let v15576 = v425 * v136;
let v15578 = v15572 / v136;
let v15580 = v15572 % v136;
let v15581 = v466 + v15578;
let v15582 = v15576 + v15580;
// is_in_bounds
// is_in_bounds_end
let v15583 = v123 + v15581;
let v15584 = v124 + v15582;
let v15587 = u32(v15583);
let v15588 = v15587 * v19;
let v15589 = *v18552;
let v15590 = v15589 + v15588;
let v15591 = u32(v15584);
let v15592 = v15591 * v20;
let v15593 = v15590 + v15592;
let v15595 = v15593 / v14990;
let v15596 = v15583 < v17;
let v15597 = v15584 < v18;
let v15598 = v15596 && v15597;
if v15598 {
let v15600 = v15595 < v18546;
if v15600 {
let v15604 = &(*v21471)[v15595];
*v15604 = v15569;

}

}

}
var<function> v18988_store: u32;
let v18988 = &v18988_store;
let v15610 = *v18925;
*v18988 = v15610;
var<function> v18989_store: u32;
let v18989 = &v18989_store;
let v15612 = *v18926;
*v18989 = v15612;
var<function> v18990_store: u32;
let v18990 = &v18990_store;
let v15614 = *v18927;
*v18990 = v15614;
var<function> v18991_store: u32;
let v18991 = &v18991_store;
let v15616 = *v18988;
*v18991 = v15616;
var<function> v18992_store: u32;
let v18992 = &v18992_store;
let v15618 = *v18989;
*v18992 = v15618;
var<function> v18993_store: u32;
let v18993 = &v18993_store;
let v15620 = *v18990;
*v18993 = v15620;
for(var v15625: u32 = v56; v15625 < v149; v15625 += v44) {
let v15627 = *v18991;
let v15628 = v15627 + v15625;
let v15629 = f32(0.0);
let v15630 = vec2<f32>(v15629);
var<function> v18995_store: vec2<f32>;
let v18995 = &v18995_store;
*v18995 = v15630;
var<function> v18996_store: vec2<f32>;
let v18996 = &v18996_store;
let v15633 = *v18995;
*v18996 = v15633;
let v15635 = v15625 * v149;
let v15638 = u32(v15635);
let v15642 = &(*v18575)[v15638];
let v15643 = *v15642;
let v15644 = *v18996;
let v15645 = vec2<f32>(v15643, v15644[1]);
*v18996 = v15645;
let v15649 = v15635 + v44;
let v15650 = u32(v15649);
let v15654 = &(*v18575)[v15650];
let v15655 = *v15654;
let v15656 = *v18996;
let v15657 = vec2<f32>(v15656[0], v15655);
*v18996 = v15657;
let v15658 = *v18996;
let v15659 = u32(v15628);
let v15663 = &(*v18557)[v15659];
*v15663 = v15658;

}
for(var v15674: u32 = v56; v15674 < v149; v15674 += v44) {
let v15676 = *v18566;
let v15677 = v15676 + v15674;
let v15678 = u32(v15677);
let v15682 = &(*v18557)[v15678];
let v15683 = *v15682;
let v15686 = v15674 * v149;
let v15690 = v405 * v136;
let v15692 = v15686 / v136;
let v15694 = v15686 % v136;
let v15695 = v494 + v15692;
let v15696 = v15690 + v15694;
// is_in_bounds
// is_in_bounds_end
let v15697 = v123 + v15695;
let v15698 = v124 + v15696;
let v15701 = u32(v15697);
let v15702 = v15701 * v19;
let v15703 = *v18552;
let v15704 = v15703 + v15702;
let v15705 = u32(v15698);
let v15706 = v15705 * v20;
let v15707 = v15704 + v15706;
let v15709 = v15707 / v14990;
let v15710 = v15697 < v17;
let v15711 = v15698 < v18;
let v15712 = v15710 && v15711;
if v15712 {
let v15714 = v15709 < v18546;
if v15714 {
let v15718 = &(*v21471)[v15709];
*v15718 = v15683;

}

}

}
var<function> v18998_store: u32;
let v18998 = &v18998_store;
let v15722 = *v18925;
*v18998 = v15722;
var<function> v18999_store: u32;
let v18999 = &v18999_store;
let v15724 = *v18926;
*v18999 = v15724;
var<function> v19000_store: u32;
let v19000 = &v19000_store;
let v15726 = *v18927;
*v19000 = v15726;
var<function> v19001_store: u32;
let v19001 = &v19001_store;
let v15728 = *v18998;
*v19001 = v15728;
var<function> v19002_store: u32;
let v19002 = &v19002_store;
let v15730 = *v18999;
*v19002 = v15730;
var<function> v19003_store: u32;
let v19003 = &v19003_store;
let v15732 = *v19000;
*v19003 = v15732;
for(var v15737: u32 = v56; v15737 < v149; v15737 += v44) {
let v15739 = *v19001;
let v15740 = v15739 + v15737;
let v15741 = f32(0.0);
let v15742 = vec2<f32>(v15741);
var<function> v19005_store: vec2<f32>;
let v19005 = &v19005_store;
*v19005 = v15742;
var<function> v19006_store: vec2<f32>;
let v19006 = &v19006_store;
let v15745 = *v19005;
*v19006 = v15745;
let v15747 = v15737 * v149;
let v15750 = u32(v15747);
let v15754 = &(*v18576)[v15750];
let v15755 = *v15754;
let v15756 = *v19006;
let v15757 = vec2<f32>(v15755, v15756[1]);
*v19006 = v15757;
let v15761 = v15747 + v44;
let v15762 = u32(v15761);
let v15766 = &(*v18576)[v15762];
let v15767 = *v15766;
let v15768 = *v19006;
let v15769 = vec2<f32>(v15768[0], v15767);
*v19006 = v15769;
let v15770 = *v19006;
let v15771 = u32(v15740);
let v15775 = &(*v18557)[v15771];
*v15775 = v15770;

}
for(var v15786: u32 = v56; v15786 < v149; v15786 += v44) {
let v15788 = *v18566;
let v15789 = v15788 + v15786;
let v15790 = u32(v15789);
let v15794 = &(*v18557)[v15790];
let v15795 = *v15794;
let v15798 = v15786 * v149;
let v15802 = v425 * v136;
let v15804 = v15798 / v136;
let v15806 = v15798 % v136;
let v15807 = v494 + v15804;
let v15808 = v15802 + v15806;
// is_in_bounds
// is_in_bounds_end
let v15809 = v123 + v15807;
let v15810 = v124 + v15808;
let v15813 = u32(v15809);
let v15814 = v15813 * v19;
let v15815 = *v18552;
let v15816 = v15815 + v15814;
let v15817 = u32(v15810);
let v15818 = v15817 * v20;
let v15819 = v15816 + v15818;
let v15821 = v15819 / v14990;
let v15822 = v15809 < v17;
let v15823 = v15810 < v18;
let v15824 = v15822 && v15823;
if v15824 {
let v15826 = v15821 < v18546;
if v15826 {
let v15830 = &(*v21471)[v15821];
*v15830 = v15795;

}

}

}
var<function> v19008_store: u32;
let v19008 = &v19008_store;
let v15836 = *v18925;
*v19008 = v15836;
var<function> v19009_store: u32;
let v19009 = &v19009_store;
let v15838 = *v18926;
*v19009 = v15838;
var<function> v19010_store: u32;
let v19010 = &v19010_store;
let v15840 = *v18927;
*v19010 = v15840;
var<function> v19011_store: u32;
let v19011 = &v19011_store;
let v15842 = *v19008;
*v19011 = v15842;
var<function> v19012_store: u32;
let v19012 = &v19012_store;
let v15844 = *v19009;
*v19012 = v15844;
var<function> v19013_store: u32;
let v19013 = &v19013_store;
let v15846 = *v19010;
*v19013 = v15846;
for(var v15851: u32 = v56; v15851 < v149; v15851 += v44) {
let v15853 = *v19011;
let v15854 = v15853 + v15851;
let v15855 = f32(0.0);
let v15856 = vec2<f32>(v15855);
var<function> v19015_store: vec2<f32>;
let v19015 = &v19015_store;
*v19015 = v15856;
var<function> v19016_store: vec2<f32>;
let v19016 = &v19016_store;
let v15859 = *v19015;
*v19016 = v15859;
let v15861 = v15851 * v149;
let v15864 = u32(v15861);
let v15868 = &(*v18577)[v15864];
let v15869 = *v15868;
let v15870 = *v19016;
let v15871 = vec2<f32>(v15869, v15870[1]);
*v19016 = v15871;
let v15875 = v15861 + v44;
let v15876 = u32(v15875);
let v15880 = &(*v18577)[v15876];
let v15881 = *v15880;
let v15882 = *v19016;
let v15883 = vec2<f32>(v15882[0], v15881);
*v19016 = v15883;
let v15884 = *v19016;
let v15885 = u32(v15854);
let v15889 = &(*v18557)[v15885];
*v15889 = v15884;

}
for(var v15900: u32 = v56; v15900 < v149; v15900 += v44) {
let v15902 = *v18566;
let v15903 = v15902 + v15900;
let v15904 = u32(v15903);
let v15908 = &(*v18557)[v15904];
let v15909 = *v15908;
let v15912 = v15900 * v149;
let v15916 = v405 * v136;
let v15918 = v15912 / v136;
let v15920 = v15912 % v136;
let v15921 = v522 + v15918;
let v15922 = v15916 + v15920;
// is_in_bounds
// is_in_bounds_end
let v15923 = v123 + v15921;
let v15924 = v124 + v15922;
let v15927 = u32(v15923);
let v15928 = v15927 * v19;
let v15929 = *v18552;
let v15930 = v15929 + v15928;
let v15931 = u32(v15924);
let v15932 = v15931 * v20;
let v15933 = v15930 + v15932;
let v15935 = v15933 / v14990;
let v15936 = v15923 < v17;
let v15937 = v15924 < v18;
let v15938 = v15936 && v15937;
if v15938 {
let v15940 = v15935 < v18546;
if v15940 {
let v15944 = &(*v21471)[v15935];
*v15944 = v15909;

}

}

}
var<function> v19018_store: u32;
let v19018 = &v19018_store;
let v15948 = *v18925;
*v19018 = v15948;
var<function> v19019_store: u32;
let v19019 = &v19019_store;
let v15950 = *v18926;
*v19019 = v15950;
var<function> v19020_store: u32;
let v19020 = &v19020_store;
let v15952 = *v18927;
*v19020 = v15952;
var<function> v19021_store: u32;
let v19021 = &v19021_store;
let v15954 = *v19018;
*v19021 = v15954;
var<function> v19022_store: u32;
let v19022 = &v19022_store;
let v15956 = *v19019;
*v19022 = v15956;
var<function> v19023_store: u32;
let v19023 = &v19023_store;
let v15958 = *v19020;
*v19023 = v15958;
for(var v15963: u32 = v56; v15963 < v149; v15963 += v44) {
let v15965 = *v19021;
let v15966 = v15965 + v15963;
let v15967 = f32(0.0);
let v15968 = vec2<f32>(v15967);
var<function> v19025_store: vec2<f32>;
let v19025 = &v19025_store;
*v19025 = v15968;
var<function> v19026_store: vec2<f32>;
let v19026 = &v19026_store;
let v15971 = *v19025;
*v19026 = v15971;
let v15973 = v15963 * v149;
let v15976 = u32(v15973);
let v15980 = &(*v18578)[v15976];
let v15981 = *v15980;
let v15982 = *v19026;
let v15983 = vec2<f32>(v15981, v15982[1]);
*v19026 = v15983;
let v15987 = v15973 + v44;
let v15988 = u32(v15987);
let v15992 = &(*v18578)[v15988];
let v15993 = *v15992;
let v15994 = *v19026;
let v15995 = vec2<f32>(v15994[0], v15993);
*v19026 = v15995;
let v15996 = *v19026;
let v15997 = u32(v15966);
let v16001 = &(*v18557)[v15997];
*v16001 = v15996;

}
for(var v16012: u32 = v56; v16012 < v149; v16012 += v44) {
let v16014 = *v18566;
let v16015 = v16014 + v16012;
let v16016 = u32(v16015);
let v16020 = &(*v18557)[v16016];
let v16021 = *v16020;
let v16024 = v16012 * v149;
let v16028 = v425 * v136;
let v16030 = v16024 / v136;
let v16032 = v16024 % v136;
let v16033 = v522 + v16030;
let v16034 = v16028 + v16032;
// is_in_bounds
// is_in_bounds_end
let v16035 = v123 + v16033;
let v16036 = v124 + v16034;
let v16039 = u32(v16035);
let v16040 = v16039 * v19;
let v16041 = *v18552;
let v16042 = v16041 + v16040;
let v16043 = u32(v16036);
let v16044 = v16043 * v20;
let v16045 = v16042 + v16044;
let v16047 = v16045 / v14990;
let v16048 = v16035 < v17;
let v16049 = v16036 < v18;
let v16050 = v16048 && v16049;
if v16050 {
let v16052 = v16047 < v18546;
if v16052 {
let v16056 = &(*v21471)[v16047];
*v16056 = v16021;

}

}

}
var<function> v19028_store: u32;
let v19028 = &v19028_store;
let v16062 = *v18925;
*v19028 = v16062;
var<function> v19029_store: u32;
let v19029 = &v19029_store;
let v16064 = *v18926;
*v19029 = v16064;
var<function> v19030_store: u32;
let v19030 = &v19030_store;
let v16066 = *v18927;
*v19030 = v16066;
var<function> v19031_store: u32;
let v19031 = &v19031_store;
let v16068 = *v19028;
*v19031 = v16068;
var<function> v19032_store: u32;
let v19032 = &v19032_store;
let v16070 = *v19029;
*v19032 = v16070;
var<function> v19033_store: u32;
let v19033 = &v19033_store;
let v16072 = *v19030;
*v19033 = v16072;
for(var v16077: u32 = v56; v16077 < v149; v16077 += v44) {
let v16079 = *v19031;
let v16080 = v16079 + v16077;
let v16081 = f32(0.0);
let v16082 = vec2<f32>(v16081);
var<function> v19035_store: vec2<f32>;
let v19035 = &v19035_store;
*v19035 = v16082;
var<function> v19036_store: vec2<f32>;
let v19036 = &v19036_store;
let v16085 = *v19035;
*v19036 = v16085;
let v16087 = v16077 * v149;
let v16090 = u32(v16087);
let v16094 = &(*v18579)[v16090];
let v16095 = *v16094;
let v16096 = *v19036;
let v16097 = vec2<f32>(v16095, v16096[1]);
*v19036 = v16097;
let v16101 = v16087 + v44;
let v16102 = u32(v16101);
let v16106 = &(*v18579)[v16102];
let v16107 = *v16106;
let v16108 = *v19036;
let v16109 = vec2<f32>(v16108[0], v16107);
*v19036 = v16109;
let v16110 = *v19036;
let v16111 = u32(v16080);
let v16115 = &(*v18557)[v16111];
*v16115 = v16110;

}
for(var v16126: u32 = v56; v16126 < v149; v16126 += v44) {
let v16128 = *v18566;
let v16129 = v16128 + v16126;
let v16130 = u32(v16129);
let v16134 = &(*v18557)[v16130];
let v16135 = *v16134;
let v16138 = v16126 * v149;
let v16142 = v405 * v136;
let v16144 = v16138 / v136;
let v16146 = v16138 % v136;
let v16147 = v550 + v16144;
let v16148 = v16142 + v16146;
// is_in_bounds
// is_in_bounds_end
let v16149 = v123 + v16147;
let v16150 = v124 + v16148;
let v16153 = u32(v16149);
let v16154 = v16153 * v19;
let v16155 = *v18552;
let v16156 = v16155 + v16154;
let v16157 = u32(v16150);
let v16158 = v16157 * v20;
let v16159 = v16156 + v16158;
let v16161 = v16159 / v14990;
let v16162 = v16149 < v17;
let v16163 = v16150 < v18;
let v16164 = v16162 && v16163;
if v16164 {
let v16166 = v16161 < v18546;
if v16166 {
let v16170 = &(*v21471)[v16161];
*v16170 = v16135;

}

}

}
var<function> v19038_store: u32;
let v19038 = &v19038_store;
let v16174 = *v18925;
*v19038 = v16174;
var<function> v19039_store: u32;
let v19039 = &v19039_store;
let v16176 = *v18926;
*v19039 = v16176;
var<function> v19040_store: u32;
let v19040 = &v19040_store;
let v16178 = *v18927;
*v19040 = v16178;
var<function> v19041_store: u32;
let v19041 = &v19041_store;
let v16180 = *v19038;
*v19041 = v16180;
var<function> v19042_store: u32;
let v19042 = &v19042_store;
let v16182 = *v19039;
*v19042 = v16182;
var<function> v19043_store: u32;
let v19043 = &v19043_store;
let v16184 = *v19040;
*v19043 = v16184;
for(var v16189: u32 = v56; v16189 < v149; v16189 += v44) {
let v16191 = *v19041;
let v16192 = v16191 + v16189;
let v16193 = f32(0.0);
let v16194 = vec2<f32>(v16193);
var<function> v19045_store: vec2<f32>;
let v19045 = &v19045_store;
*v19045 = v16194;
var<function> v19046_store: vec2<f32>;
let v19046 = &v19046_store;
let v16197 = *v19045;
*v19046 = v16197;
let v16199 = v16189 * v149;
let v16202 = u32(v16199);
let v16206 = &(*v18580)[v16202];
let v16207 = *v16206;
let v16208 = *v19046;
let v16209 = vec2<f32>(v16207, v16208[1]);
*v19046 = v16209;
let v16213 = v16199 + v44;
let v16214 = u32(v16213);
let v16218 = &(*v18580)[v16214];
let v16219 = *v16218;
let v16220 = *v19046;
let v16221 = vec2<f32>(v16220[0], v16219);
*v19046 = v16221;
let v16222 = *v19046;
let v16223 = u32(v16192);
let v16227 = &(*v18557)[v16223];
*v16227 = v16222;

}
for(var v16238: u32 = v56; v16238 < v149; v16238 += v44) {
let v16240 = *v18566;
let v16241 = v16240 + v16238;
let v16242 = u32(v16241);
let v16246 = &(*v18557)[v16242];
let v16247 = *v16246;
let v16250 = v16238 * v149;
let v16254 = v425 * v136;
let v16256 = v16250 / v136;
let v16258 = v16250 % v136;
let v16259 = v550 + v16256;
let v16260 = v16254 + v16258;
// is_in_bounds
// is_in_bounds_end
let v16261 = v123 + v16259;
let v16262 = v124 + v16260;
let v16265 = u32(v16261);
let v16266 = v16265 * v19;
let v16267 = *v18552;
let v16268 = v16267 + v16266;
let v16269 = u32(v16262);
let v16270 = v16269 * v20;
let v16271 = v16268 + v16270;
let v16273 = v16271 / v14990;
let v16274 = v16261 < v17;
let v16275 = v16262 < v18;
let v16276 = v16274 && v16275;
if v16276 {
let v16278 = v16273 < v18546;
if v16278 {
let v16282 = &(*v21471)[v16273];
*v16282 = v16247;

}

}

}
var<function> v19048_store: u32;
let v19048 = &v19048_store;
let v16288 = *v18925;
*v19048 = v16288;
var<function> v19049_store: u32;
let v19049 = &v19049_store;
let v16290 = *v18926;
*v19049 = v16290;
var<function> v19050_store: u32;
let v19050 = &v19050_store;
let v16292 = *v18927;
*v19050 = v16292;
var<function> v19051_store: u32;
let v19051 = &v19051_store;
let v16294 = *v19048;
*v19051 = v16294;
var<function> v19052_store: u32;
let v19052 = &v19052_store;
let v16296 = *v19049;
*v19052 = v16296;
var<function> v19053_store: u32;
let v19053 = &v19053_store;
let v16298 = *v19050;
*v19053 = v16298;
for(var v16303: u32 = v56; v16303 < v149; v16303 += v44) {
let v16305 = *v19051;
let v16306 = v16305 + v16303;
let v16307 = f32(0.0);
let v16308 = vec2<f32>(v16307);
var<function> v19055_store: vec2<f32>;
let v19055 = &v19055_store;
*v19055 = v16308;
var<function> v19056_store: vec2<f32>;
let v19056 = &v19056_store;
let v16311 = *v19055;
*v19056 = v16311;
let v16313 = v16303 * v149;
let v16316 = u32(v16313);
let v16320 = &(*v18581)[v16316];
let v16321 = *v16320;
let v16322 = *v19056;
let v16323 = vec2<f32>(v16321, v16322[1]);
*v19056 = v16323;
let v16327 = v16313 + v44;
let v16328 = u32(v16327);
let v16332 = &(*v18581)[v16328];
let v16333 = *v16332;
let v16334 = *v19056;
let v16335 = vec2<f32>(v16334[0], v16333);
*v19056 = v16335;
let v16336 = *v19056;
let v16337 = u32(v16306);
let v16341 = &(*v18557)[v16337];
*v16341 = v16336;

}
for(var v16352: u32 = v56; v16352 < v149; v16352 += v44) {
let v16354 = *v18566;
let v16355 = v16354 + v16352;
let v16356 = u32(v16355);
let v16360 = &(*v18557)[v16356];
let v16361 = *v16360;
let v16364 = v16352 * v149;
let v16368 = v405 * v136;
let v16370 = v16364 / v136;
let v16372 = v16364 % v136;
let v16373 = v578 + v16370;
let v16374 = v16368 + v16372;
// is_in_bounds
// is_in_bounds_end
let v16375 = v123 + v16373;
let v16376 = v124 + v16374;
let v16379 = u32(v16375);
let v16380 = v16379 * v19;
let v16381 = *v18552;
let v16382 = v16381 + v16380;
let v16383 = u32(v16376);
let v16384 = v16383 * v20;
let v16385 = v16382 + v16384;
let v16387 = v16385 / v14990;
let v16388 = v16375 < v17;
let v16389 = v16376 < v18;
let v16390 = v16388 && v16389;
if v16390 {
let v16392 = v16387 < v18546;
if v16392 {
let v16396 = &(*v21471)[v16387];
*v16396 = v16361;

}

}

}
var<function> v19058_store: u32;
let v19058 = &v19058_store;
let v16400 = *v18925;
*v19058 = v16400;
var<function> v19059_store: u32;
let v19059 = &v19059_store;
let v16402 = *v18926;
*v19059 = v16402;
var<function> v19060_store: u32;
let v19060 = &v19060_store;
let v16404 = *v18927;
*v19060 = v16404;
var<function> v19061_store: u32;
let v19061 = &v19061_store;
let v16406 = *v19058;
*v19061 = v16406;
var<function> v19062_store: u32;
let v19062 = &v19062_store;
let v16408 = *v19059;
*v19062 = v16408;
var<function> v19063_store: u32;
let v19063 = &v19063_store;
let v16410 = *v19060;
*v19063 = v16410;
for(var v16415: u32 = v56; v16415 < v149; v16415 += v44) {
let v16417 = *v19061;
let v16418 = v16417 + v16415;
let v16419 = f32(0.0);
let v16420 = vec2<f32>(v16419);
var<function> v19065_store: vec2<f32>;
let v19065 = &v19065_store;
*v19065 = v16420;
var<function> v19066_store: vec2<f32>;
let v19066 = &v19066_store;
let v16423 = *v19065;
*v19066 = v16423;
let v16425 = v16415 * v149;
let v16428 = u32(v16425);
let v16432 = &(*v18582)[v16428];
let v16433 = *v16432;
let v16434 = *v19066;
let v16435 = vec2<f32>(v16433, v16434[1]);
*v19066 = v16435;
let v16439 = v16425 + v44;
let v16440 = u32(v16439);
let v16444 = &(*v18582)[v16440];
let v16445 = *v16444;
let v16446 = *v19066;
let v16447 = vec2<f32>(v16446[0], v16445);
*v19066 = v16447;
let v16448 = *v19066;
let v16449 = u32(v16418);
let v16453 = &(*v18557)[v16449];
*v16453 = v16448;

}
for(var v16464: u32 = v56; v16464 < v149; v16464 += v44) {
let v16466 = *v18566;
let v16467 = v16466 + v16464;
let v16468 = u32(v16467);
let v16472 = &(*v18557)[v16468];
let v16473 = *v16472;
let v16476 = v16464 * v149;
let v16480 = v425 * v136;
let v16482 = v16476 / v136;
let v16484 = v16476 % v136;
let v16485 = v578 + v16482;
let v16486 = v16480 + v16484;
// is_in_bounds
// is_in_bounds_end
let v16487 = v123 + v16485;
let v16488 = v124 + v16486;
let v16491 = u32(v16487);
let v16492 = v16491 * v19;
let v16493 = *v18552;
let v16494 = v16493 + v16492;
let v16495 = u32(v16488);
let v16496 = v16495 * v20;
let v16497 = v16494 + v16496;
let v16499 = v16497 / v14990;
let v16500 = v16487 < v17;
let v16501 = v16488 < v18;
let v16502 = v16500 && v16501;
if v16502 {
let v16504 = v16499 < v18546;
if v16504 {
let v16508 = &(*v21471)[v16499];
*v16508 = v16473;

}

}

}
var<function> v19068_store: u32;
let v19068 = &v19068_store;
let v16514 = *v18925;
*v19068 = v16514;
var<function> v19069_store: u32;
let v19069 = &v19069_store;
let v16516 = *v18926;
*v19069 = v16516;
var<function> v19070_store: u32;
let v19070 = &v19070_store;
let v16518 = *v18927;
*v19070 = v16518;
var<function> v19071_store: u32;
let v19071 = &v19071_store;
let v16520 = *v19068;
*v19071 = v16520;
var<function> v19072_store: u32;
let v19072 = &v19072_store;
let v16522 = *v19069;
*v19072 = v16522;
var<function> v19073_store: u32;
let v19073 = &v19073_store;
let v16524 = *v19070;
*v19073 = v16524;
for(var v16529: u32 = v56; v16529 < v149; v16529 += v44) {
let v16531 = *v19071;
let v16532 = v16531 + v16529;
let v16533 = f32(0.0);
let v16534 = vec2<f32>(v16533);
var<function> v19075_store: vec2<f32>;
let v19075 = &v19075_store;
*v19075 = v16534;
var<function> v19076_store: vec2<f32>;
let v19076 = &v19076_store;
let v16537 = *v19075;
*v19076 = v16537;
let v16539 = v16529 * v149;
let v16542 = u32(v16539);
let v16546 = &(*v18583)[v16542];
let v16547 = *v16546;
let v16548 = *v19076;
let v16549 = vec2<f32>(v16547, v16548[1]);
*v19076 = v16549;
let v16553 = v16539 + v44;
let v16554 = u32(v16553);
let v16558 = &(*v18583)[v16554];
let v16559 = *v16558;
let v16560 = *v19076;
let v16561 = vec2<f32>(v16560[0], v16559);
*v19076 = v16561;
let v16562 = *v19076;
let v16563 = u32(v16532);
let v16567 = &(*v18557)[v16563];
*v16567 = v16562;

}
for(var v16578: u32 = v56; v16578 < v149; v16578 += v44) {
let v16580 = *v18566;
let v16581 = v16580 + v16578;
let v16582 = u32(v16581);
let v16586 = &(*v18557)[v16582];
let v16587 = *v16586;
let v16590 = v16578 * v149;
let v16594 = v405 * v136;
let v16596 = v16590 / v136;
let v16598 = v16590 % v136;
let v16599 = v606 + v16596;
let v16600 = v16594 + v16598;
// is_in_bounds
// is_in_bounds_end
let v16601 = v123 + v16599;
let v16602 = v124 + v16600;
let v16605 = u32(v16601);
let v16606 = v16605 * v19;
let v16607 = *v18552;
let v16608 = v16607 + v16606;
let v16609 = u32(v16602);
let v16610 = v16609 * v20;
let v16611 = v16608 + v16610;
let v16613 = v16611 / v14990;
let v16614 = v16601 < v17;
let v16615 = v16602 < v18;
let v16616 = v16614 && v16615;
if v16616 {
let v16618 = v16613 < v18546;
if v16618 {
let v16622 = &(*v21471)[v16613];
*v16622 = v16587;

}

}

}
var<function> v19078_store: u32;
let v19078 = &v19078_store;
let v16626 = *v18925;
*v19078 = v16626;
var<function> v19079_store: u32;
let v19079 = &v19079_store;
let v16628 = *v18926;
*v19079 = v16628;
var<function> v19080_store: u32;
let v19080 = &v19080_store;
let v16630 = *v18927;
*v19080 = v16630;
var<function> v19081_store: u32;
let v19081 = &v19081_store;
let v16632 = *v19078;
*v19081 = v16632;
var<function> v19082_store: u32;
let v19082 = &v19082_store;
let v16634 = *v19079;
*v19082 = v16634;
var<function> v19083_store: u32;
let v19083 = &v19083_store;
let v16636 = *v19080;
*v19083 = v16636;
for(var v16641: u32 = v56; v16641 < v149; v16641 += v44) {
let v16643 = *v19081;
let v16644 = v16643 + v16641;
let v16645 = f32(0.0);
let v16646 = vec2<f32>(v16645);
var<function> v19085_store: vec2<f32>;
let v19085 = &v19085_store;
*v19085 = v16646;
var<function> v19086_store: vec2<f32>;
let v19086 = &v19086_store;
let v16649 = *v19085;
*v19086 = v16649;
let v16651 = v16641 * v149;
let v16654 = u32(v16651);
let v16658 = &(*v18584)[v16654];
let v16659 = *v16658;
let v16660 = *v19086;
let v16661 = vec2<f32>(v16659, v16660[1]);
*v19086 = v16661;
let v16665 = v16651 + v44;
let v16666 = u32(v16665);
let v16670 = &(*v18584)[v16666];
let v16671 = *v16670;
let v16672 = *v19086;
let v16673 = vec2<f32>(v16672[0], v16671);
*v19086 = v16673;
let v16674 = *v19086;
let v16675 = u32(v16644);
let v16679 = &(*v18557)[v16675];
*v16679 = v16674;

}
for(var v16690: u32 = v56; v16690 < v149; v16690 += v44) {
let v16692 = *v18566;
let v16693 = v16692 + v16690;
let v16694 = u32(v16693);
let v16698 = &(*v18557)[v16694];
let v16699 = *v16698;
let v16702 = v16690 * v149;
let v16706 = v425 * v136;
let v16708 = v16702 / v136;
let v16710 = v16702 % v136;
let v16711 = v606 + v16708;
let v16712 = v16706 + v16710;
// is_in_bounds
// is_in_bounds_end
let v16713 = v123 + v16711;
let v16714 = v124 + v16712;
let v16717 = u32(v16713);
let v16718 = v16717 * v19;
let v16719 = *v18552;
let v16720 = v16719 + v16718;
let v16721 = u32(v16714);
let v16722 = v16721 * v20;
let v16723 = v16720 + v16722;
let v16725 = v16723 / v14990;
let v16726 = v16713 < v17;
let v16727 = v16714 < v18;
let v16728 = v16726 && v16727;
if v16728 {
let v16730 = v16725 < v18546;
if v16730 {
let v16734 = &(*v21471)[v16725];
*v16734 = v16699;

}

}

}
var<function> v19088_store: u32;
let v19088 = &v19088_store;
let v16740 = *v18925;
*v19088 = v16740;
var<function> v19089_store: u32;
let v19089 = &v19089_store;
let v16742 = *v18926;
*v19089 = v16742;
var<function> v19090_store: u32;
let v19090 = &v19090_store;
let v16744 = *v18927;
*v19090 = v16744;
var<function> v19091_store: u32;
let v19091 = &v19091_store;
let v16746 = *v19088;
*v19091 = v16746;
var<function> v19092_store: u32;
let v19092 = &v19092_store;
let v16748 = *v19089;
*v19092 = v16748;
var<function> v19093_store: u32;
let v19093 = &v19093_store;
let v16750 = *v19090;
*v19093 = v16750;
for(var v16755: u32 = v56; v16755 < v149; v16755 += v44) {
let v16757 = *v19091;
let v16758 = v16757 + v16755;
let v16759 = f32(0.0);
let v16760 = vec2<f32>(v16759);
var<function> v19095_store: vec2<f32>;
let v19095 = &v19095_store;
*v19095 = v16760;
var<function> v19096_store: vec2<f32>;
let v19096 = &v19096_store;
let v16763 = *v19095;
*v19096 = v16763;
let v16765 = v16755 * v149;
let v16768 = u32(v16765);
let v16772 = &(*v18585)[v16768];
let v16773 = *v16772;
let v16774 = *v19096;
let v16775 = vec2<f32>(v16773, v16774[1]);
*v19096 = v16775;
let v16779 = v16765 + v44;
let v16780 = u32(v16779);
let v16784 = &(*v18585)[v16780];
let v16785 = *v16784;
let v16786 = *v19096;
let v16787 = vec2<f32>(v16786[0], v16785);
*v19096 = v16787;
let v16788 = *v19096;
let v16789 = u32(v16758);
let v16793 = &(*v18557)[v16789];
*v16793 = v16788;

}
for(var v16804: u32 = v56; v16804 < v149; v16804 += v44) {
let v16806 = *v18566;
let v16807 = v16806 + v16804;
let v16808 = u32(v16807);
let v16812 = &(*v18557)[v16808];
let v16813 = *v16812;
let v16816 = v16804 * v149;
let v16820 = v405 * v136;
let v16822 = v16816 / v136;
let v16824 = v16816 % v136;
let v16825 = v634 + v16822;
let v16826 = v16820 + v16824;
// is_in_bounds
// is_in_bounds_end
let v16827 = v123 + v16825;
let v16828 = v124 + v16826;
let v16831 = u32(v16827);
let v16832 = v16831 * v19;
let v16833 = *v18552;
let v16834 = v16833 + v16832;
let v16835 = u32(v16828);
let v16836 = v16835 * v20;
let v16837 = v16834 + v16836;
let v16839 = v16837 / v14990;
let v16840 = v16827 < v17;
let v16841 = v16828 < v18;
let v16842 = v16840 && v16841;
if v16842 {
let v16844 = v16839 < v18546;
if v16844 {
let v16848 = &(*v21471)[v16839];
*v16848 = v16813;

}

}

}
var<function> v19098_store: u32;
let v19098 = &v19098_store;
let v16852 = *v18925;
*v19098 = v16852;
var<function> v19099_store: u32;
let v19099 = &v19099_store;
let v16854 = *v18926;
*v19099 = v16854;
var<function> v19100_store: u32;
let v19100 = &v19100_store;
let v16856 = *v18927;
*v19100 = v16856;
var<function> v19101_store: u32;
let v19101 = &v19101_store;
let v16858 = *v19098;
*v19101 = v16858;
var<function> v19102_store: u32;
let v19102 = &v19102_store;
let v16860 = *v19099;
*v19102 = v16860;
var<function> v19103_store: u32;
let v19103 = &v19103_store;
let v16862 = *v19100;
*v19103 = v16862;
for(var v16867: u32 = v56; v16867 < v149; v16867 += v44) {
let v16869 = *v19101;
let v16870 = v16869 + v16867;
let v16871 = f32(0.0);
let v16872 = vec2<f32>(v16871);
var<function> v19105_store: vec2<f32>;
let v19105 = &v19105_store;
*v19105 = v16872;
var<function> v19106_store: vec2<f32>;
let v19106 = &v19106_store;
let v16875 = *v19105;
*v19106 = v16875;
let v16877 = v16867 * v149;
let v16880 = u32(v16877);
let v16884 = &(*v18586)[v16880];
let v16885 = *v16884;
let v16886 = *v19106;
let v16887 = vec2<f32>(v16885, v16886[1]);
*v19106 = v16887;
let v16891 = v16877 + v44;
let v16892 = u32(v16891);
let v16896 = &(*v18586)[v16892];
let v16897 = *v16896;
let v16898 = *v19106;
let v16899 = vec2<f32>(v16898[0], v16897);
*v19106 = v16899;
let v16900 = *v19106;
let v16901 = u32(v16870);
let v16905 = &(*v18557)[v16901];
*v16905 = v16900;

}
for(var v16916: u32 = v56; v16916 < v149; v16916 += v44) {
let v16918 = *v18566;
let v16919 = v16918 + v16916;
let v16920 = u32(v16919);
let v16924 = &(*v18557)[v16920];
let v16925 = *v16924;
let v16928 = v16916 * v149;
let v16932 = v425 * v136;
let v16934 = v16928 / v136;
let v16936 = v16928 % v136;
let v16937 = v634 + v16934;
let v16938 = v16932 + v16936;
// is_in_bounds
// is_in_bounds_end
let v16939 = v123 + v16937;
let v16940 = v124 + v16938;
let v16943 = u32(v16939);
let v16944 = v16943 * v19;
let v16945 = *v18552;
let v16946 = v16945 + v16944;
let v16947 = u32(v16940);
let v16948 = v16947 * v20;
let v16949 = v16946 + v16948;
let v16951 = v16949 / v14990;
let v16952 = v16939 < v17;
let v16953 = v16940 < v18;
let v16954 = v16952 && v16953;
if v16954 {
let v16956 = v16951 < v18546;
if v16956 {
let v16960 = &(*v21471)[v16951];
*v16960 = v16925;

}

}

}
var<function> v19108_store: u32;
let v19108 = &v19108_store;
let v16966 = *v18925;
*v19108 = v16966;
var<function> v19109_store: u32;
let v19109 = &v19109_store;
let v16968 = *v18926;
*v19109 = v16968;
var<function> v19110_store: u32;
let v19110 = &v19110_store;
let v16970 = *v18927;
*v19110 = v16970;
var<function> v19111_store: u32;
let v19111 = &v19111_store;
let v16972 = *v19108;
*v19111 = v16972;
var<function> v19112_store: u32;
let v19112 = &v19112_store;
let v16974 = *v19109;
*v19112 = v16974;
var<function> v19113_store: u32;
let v19113 = &v19113_store;
let v16976 = *v19110;
*v19113 = v16976;
for(var v16981: u32 = v56; v16981 < v149; v16981 += v44) {
let v16983 = *v19111;
let v16984 = v16983 + v16981;
let v16985 = f32(0.0);
let v16986 = vec2<f32>(v16985);
var<function> v19115_store: vec2<f32>;
let v19115 = &v19115_store;
*v19115 = v16986;
var<function> v19116_store: vec2<f32>;
let v19116 = &v19116_store;
let v16989 = *v19115;
*v19116 = v16989;
let v16991 = v16981 * v149;
let v16994 = u32(v16991);
let v16998 = &(*v18587)[v16994];
let v16999 = *v16998;
let v17000 = *v19116;
let v17001 = vec2<f32>(v16999, v17000[1]);
*v19116 = v17001;
let v17005 = v16991 + v44;
let v17006 = u32(v17005);
let v17010 = &(*v18587)[v17006];
let v17011 = *v17010;
let v17012 = *v19116;
let v17013 = vec2<f32>(v17012[0], v17011);
*v19116 = v17013;
let v17014 = *v19116;
let v17015 = u32(v16984);
let v17019 = &(*v18557)[v17015];
*v17019 = v17014;

}
for(var v17030: u32 = v56; v17030 < v149; v17030 += v44) {
let v17032 = *v18566;
let v17033 = v17032 + v17030;
let v17034 = u32(v17033);
let v17038 = &(*v18557)[v17034];
let v17039 = *v17038;
let v17042 = v17030 * v149;
let v17046 = v405 * v136;
let v17048 = v17042 / v136;
let v17050 = v17042 % v136;
let v17051 = v662 + v17048;
let v17052 = v17046 + v17050;
// is_in_bounds
// is_in_bounds_end
let v17053 = v123 + v17051;
let v17054 = v124 + v17052;
let v17057 = u32(v17053);
let v17058 = v17057 * v19;
let v17059 = *v18552;
let v17060 = v17059 + v17058;
let v17061 = u32(v17054);
let v17062 = v17061 * v20;
let v17063 = v17060 + v17062;
let v17065 = v17063 / v14990;
let v17066 = v17053 < v17;
let v17067 = v17054 < v18;
let v17068 = v17066 && v17067;
if v17068 {
let v17070 = v17065 < v18546;
if v17070 {
let v17074 = &(*v21471)[v17065];
*v17074 = v17039;

}

}

}
var<function> v19118_store: u32;
let v19118 = &v19118_store;
let v17078 = *v18925;
*v19118 = v17078;
var<function> v19119_store: u32;
let v19119 = &v19119_store;
let v17080 = *v18926;
*v19119 = v17080;
var<function> v19120_store: u32;
let v19120 = &v19120_store;
let v17082 = *v18927;
*v19120 = v17082;
var<function> v19121_store: u32;
let v19121 = &v19121_store;
let v17084 = *v19118;
*v19121 = v17084;
var<function> v19122_store: u32;
let v19122 = &v19122_store;
let v17086 = *v19119;
*v19122 = v17086;
var<function> v19123_store: u32;
let v19123 = &v19123_store;
let v17088 = *v19120;
*v19123 = v17088;
for(var v17093: u32 = v56; v17093 < v149; v17093 += v44) {
let v17095 = *v19121;
let v17096 = v17095 + v17093;
let v17097 = f32(0.0);
let v17098 = vec2<f32>(v17097);
var<function> v19125_store: vec2<f32>;
let v19125 = &v19125_store;
*v19125 = v17098;
var<function> v19126_store: vec2<f32>;
let v19126 = &v19126_store;
let v17101 = *v19125;
*v19126 = v17101;
let v17103 = v17093 * v149;
let v17106 = u32(v17103);
let v17110 = &(*v18588)[v17106];
let v17111 = *v17110;
let v17112 = *v19126;
let v17113 = vec2<f32>(v17111, v17112[1]);
*v19126 = v17113;
let v17117 = v17103 + v44;
let v17118 = u32(v17117);
let v17122 = &(*v18588)[v17118];
let v17123 = *v17122;
let v17124 = *v19126;
let v17125 = vec2<f32>(v17124[0], v17123);
*v19126 = v17125;
let v17126 = *v19126;
let v17127 = u32(v17096);
let v17131 = &(*v18557)[v17127];
*v17131 = v17126;

}
for(var v17142: u32 = v56; v17142 < v149; v17142 += v44) {
let v17144 = *v18566;
let v17145 = v17144 + v17142;
let v17146 = u32(v17145);
let v17150 = &(*v18557)[v17146];
let v17151 = *v17150;
let v17154 = v17142 * v149;
let v17158 = v425 * v136;
let v17160 = v17154 / v136;
let v17162 = v17154 % v136;
let v17163 = v662 + v17160;
let v17164 = v17158 + v17162;
// is_in_bounds
// is_in_bounds_end
let v17165 = v123 + v17163;
let v17166 = v124 + v17164;
let v17169 = u32(v17165);
let v17170 = v17169 * v19;
let v17171 = *v18552;
let v17172 = v17171 + v17170;
let v17173 = u32(v17166);
let v17174 = v17173 * v20;
let v17175 = v17172 + v17174;
let v17177 = v17175 / v14990;
let v17178 = v17165 < v17;
let v17179 = v17166 < v18;
let v17180 = v17178 && v17179;
if v17180 {
let v17182 = v17177 < v18546;
if v17182 {
let v17186 = &(*v21471)[v17177];
*v17186 = v17151;

}

}

}
var<function> v19128_store: u32;
let v19128 = &v19128_store;
let v17192 = *v18925;
*v19128 = v17192;
var<function> v19129_store: u32;
let v19129 = &v19129_store;
let v17194 = *v18926;
*v19129 = v17194;
var<function> v19130_store: u32;
let v19130 = &v19130_store;
let v17196 = *v18927;
*v19130 = v17196;
var<function> v19131_store: u32;
let v19131 = &v19131_store;
let v17198 = *v19128;
*v19131 = v17198;
var<function> v19132_store: u32;
let v19132 = &v19132_store;
let v17200 = *v19129;
*v19132 = v17200;
var<function> v19133_store: u32;
let v19133 = &v19133_store;
let v17202 = *v19130;
*v19133 = v17202;
for(var v17207: u32 = v56; v17207 < v149; v17207 += v44) {
let v17209 = *v19131;
let v17210 = v17209 + v17207;
let v17211 = f32(0.0);
let v17212 = vec2<f32>(v17211);
var<function> v19135_store: vec2<f32>;
let v19135 = &v19135_store;
*v19135 = v17212;
var<function> v19136_store: vec2<f32>;
let v19136 = &v19136_store;
let v17215 = *v19135;
*v19136 = v17215;
let v17217 = v17207 * v149;
let v17220 = u32(v17217);
let v17224 = &(*v18589)[v17220];
let v17225 = *v17224;
let v17226 = *v19136;
let v17227 = vec2<f32>(v17225, v17226[1]);
*v19136 = v17227;
let v17231 = v17217 + v44;
let v17232 = u32(v17231);
let v17236 = &(*v18589)[v17232];
let v17237 = *v17236;
let v17238 = *v19136;
let v17239 = vec2<f32>(v17238[0], v17237);
*v19136 = v17239;
let v17240 = *v19136;
let v17241 = u32(v17210);
let v17245 = &(*v18557)[v17241];
*v17245 = v17240;

}
for(var v17256: u32 = v56; v17256 < v149; v17256 += v44) {
let v17258 = *v18566;
let v17259 = v17258 + v17256;
let v17260 = u32(v17259);
let v17264 = &(*v18557)[v17260];
let v17265 = *v17264;
let v17268 = v17256 * v149;
let v17272 = v405 * v136;
let v17274 = v17268 / v136;
let v17276 = v17268 % v136;
let v17277 = v690 + v17274;
let v17278 = v17272 + v17276;
// is_in_bounds
// is_in_bounds_end
let v17279 = v123 + v17277;
let v17280 = v124 + v17278;
let v17283 = u32(v17279);
let v17284 = v17283 * v19;
let v17285 = *v18552;
let v17286 = v17285 + v17284;
let v17287 = u32(v17280);
let v17288 = v17287 * v20;
let v17289 = v17286 + v17288;
let v17291 = v17289 / v14990;
let v17292 = v17279 < v17;
let v17293 = v17280 < v18;
let v17294 = v17292 && v17293;
if v17294 {
let v17296 = v17291 < v18546;
if v17296 {
let v17300 = &(*v21471)[v17291];
*v17300 = v17265;

}

}

}
var<function> v19138_store: u32;
let v19138 = &v19138_store;
let v17304 = *v18925;
*v19138 = v17304;
var<function> v19139_store: u32;
let v19139 = &v19139_store;
let v17306 = *v18926;
*v19139 = v17306;
var<function> v19140_store: u32;
let v19140 = &v19140_store;
let v17308 = *v18927;
*v19140 = v17308;
var<function> v19141_store: u32;
let v19141 = &v19141_store;
let v17310 = *v19138;
*v19141 = v17310;
var<function> v19142_store: u32;
let v19142 = &v19142_store;
let v17312 = *v19139;
*v19142 = v17312;
var<function> v19143_store: u32;
let v19143 = &v19143_store;
let v17314 = *v19140;
*v19143 = v17314;
for(var v17319: u32 = v56; v17319 < v149; v17319 += v44) {
let v17321 = *v19141;
let v17322 = v17321 + v17319;
let v17323 = f32(0.0);
let v17324 = vec2<f32>(v17323);
var<function> v19145_store: vec2<f32>;
let v19145 = &v19145_store;
*v19145 = v17324;
var<function> v19146_store: vec2<f32>;
let v19146 = &v19146_store;
let v17327 = *v19145;
*v19146 = v17327;
let v17329 = v17319 * v149;
let v17332 = u32(v17329);
let v17336 = &(*v18590)[v17332];
let v17337 = *v17336;
let v17338 = *v19146;
let v17339 = vec2<f32>(v17337, v17338[1]);
*v19146 = v17339;
let v17343 = v17329 + v44;
let v17344 = u32(v17343);
let v17348 = &(*v18590)[v17344];
let v17349 = *v17348;
let v17350 = *v19146;
let v17351 = vec2<f32>(v17350[0], v17349);
*v19146 = v17351;
let v17352 = *v19146;
let v17353 = u32(v17322);
let v17357 = &(*v18557)[v17353];
*v17357 = v17352;

}
for(var v17368: u32 = v56; v17368 < v149; v17368 += v44) {
let v17370 = *v18566;
let v17371 = v17370 + v17368;
let v17372 = u32(v17371);
let v17376 = &(*v18557)[v17372];
let v17377 = *v17376;
let v17380 = v17368 * v149;
let v17384 = v425 * v136;
let v17386 = v17380 / v136;
let v17388 = v17380 % v136;
let v17389 = v690 + v17386;
let v17390 = v17384 + v17388;
// is_in_bounds
// is_in_bounds_end
let v17391 = v123 + v17389;
let v17392 = v124 + v17390;
let v17395 = u32(v17391);
let v17396 = v17395 * v19;
let v17397 = *v18552;
let v17398 = v17397 + v17396;
let v17399 = u32(v17392);
let v17400 = v17399 * v20;
let v17401 = v17398 + v17400;
let v17403 = v17401 / v14990;
let v17404 = v17391 < v17;
let v17405 = v17392 < v18;
let v17406 = v17404 && v17405;
if v17406 {
let v17408 = v17403 < v18546;
if v17408 {
let v17412 = &(*v21471)[v17403];
*v17412 = v17377;

}

}

}
var<function> v19148_store: u32;
let v19148 = &v19148_store;
let v17418 = *v18925;
*v19148 = v17418;
var<function> v19149_store: u32;
let v19149 = &v19149_store;
let v17420 = *v18926;
*v19149 = v17420;
var<function> v19150_store: u32;
let v19150 = &v19150_store;
let v17422 = *v18927;
*v19150 = v17422;
var<function> v19151_store: u32;
let v19151 = &v19151_store;
let v17424 = *v19148;
*v19151 = v17424;
var<function> v19152_store: u32;
let v19152 = &v19152_store;
let v17426 = *v19149;
*v19152 = v17426;
var<function> v19153_store: u32;
let v19153 = &v19153_store;
let v17428 = *v19150;
*v19153 = v17428;
for(var v17433: u32 = v56; v17433 < v149; v17433 += v44) {
let v17435 = *v19151;
let v17436 = v17435 + v17433;
let v17437 = f32(0.0);
let v17438 = vec2<f32>(v17437);
var<function> v19155_store: vec2<f32>;
let v19155 = &v19155_store;
*v19155 = v17438;
var<function> v19156_store: vec2<f32>;
let v19156 = &v19156_store;
let v17441 = *v19155;
*v19156 = v17441;
let v17443 = v17433 * v149;
let v17446 = u32(v17443);
let v17450 = &(*v18591)[v17446];
let v17451 = *v17450;
let v17452 = *v19156;
let v17453 = vec2<f32>(v17451, v17452[1]);
*v19156 = v17453;
let v17457 = v17443 + v44;
let v17458 = u32(v17457);
let v17462 = &(*v18591)[v17458];
let v17463 = *v17462;
let v17464 = *v19156;
let v17465 = vec2<f32>(v17464[0], v17463);
*v19156 = v17465;
let v17466 = *v19156;
let v17467 = u32(v17436);
let v17471 = &(*v18557)[v17467];
*v17471 = v17466;

}
for(var v17482: u32 = v56; v17482 < v149; v17482 += v44) {
let v17484 = *v18566;
let v17485 = v17484 + v17482;
let v17486 = u32(v17485);
let v17490 = &(*v18557)[v17486];
let v17491 = *v17490;
let v17494 = v17482 * v149;
let v17498 = v405 * v136;
let v17500 = v17494 / v136;
let v17502 = v17494 % v136;
let v17503 = v718 + v17500;
let v17504 = v17498 + v17502;
// is_in_bounds
// is_in_bounds_end
let v17505 = v123 + v17503;
let v17506 = v124 + v17504;
let v17509 = u32(v17505);
let v17510 = v17509 * v19;
let v17511 = *v18552;
let v17512 = v17511 + v17510;
let v17513 = u32(v17506);
let v17514 = v17513 * v20;
let v17515 = v17512 + v17514;
let v17517 = v17515 / v14990;
let v17518 = v17505 < v17;
let v17519 = v17506 < v18;
let v17520 = v17518 && v17519;
if v17520 {
let v17522 = v17517 < v18546;
if v17522 {
let v17526 = &(*v21471)[v17517];
*v17526 = v17491;

}

}

}
var<function> v19158_store: u32;
let v19158 = &v19158_store;
let v17530 = *v18925;
*v19158 = v17530;
var<function> v19159_store: u32;
let v19159 = &v19159_store;
let v17532 = *v18926;
*v19159 = v17532;
var<function> v19160_store: u32;
let v19160 = &v19160_store;
let v17534 = *v18927;
*v19160 = v17534;
var<function> v19161_store: u32;
let v19161 = &v19161_store;
let v17536 = *v19158;
*v19161 = v17536;
var<function> v19162_store: u32;
let v19162 = &v19162_store;
let v17538 = *v19159;
*v19162 = v17538;
var<function> v19163_store: u32;
let v19163 = &v19163_store;
let v17540 = *v19160;
*v19163 = v17540;
for(var v17545: u32 = v56; v17545 < v149; v17545 += v44) {
let v17547 = *v19161;
let v17548 = v17547 + v17545;
let v17549 = f32(0.0);
let v17550 = vec2<f32>(v17549);
var<function> v19165_store: vec2<f32>;
let v19165 = &v19165_store;
*v19165 = v17550;
var<function> v19166_store: vec2<f32>;
let v19166 = &v19166_store;
let v17553 = *v19165;
*v19166 = v17553;
let v17555 = v17545 * v149;
let v17558 = u32(v17555);
let v17562 = &(*v18592)[v17558];
let v17563 = *v17562;
let v17564 = *v19166;
let v17565 = vec2<f32>(v17563, v17564[1]);
*v19166 = v17565;
let v17569 = v17555 + v44;
let v17570 = u32(v17569);
let v17574 = &(*v18592)[v17570];
let v17575 = *v17574;
let v17576 = *v19166;
let v17577 = vec2<f32>(v17576[0], v17575);
*v19166 = v17577;
let v17578 = *v19166;
let v17579 = u32(v17548);
let v17583 = &(*v18557)[v17579];
*v17583 = v17578;

}
for(var v17594: u32 = v56; v17594 < v149; v17594 += v44) {
let v17596 = *v18566;
let v17597 = v17596 + v17594;
let v17598 = u32(v17597);
let v17602 = &(*v18557)[v17598];
let v17603 = *v17602;
let v17606 = v17594 * v149;
let v17610 = v425 * v136;
let v17612 = v17606 / v136;
let v17614 = v17606 % v136;
let v17615 = v718 + v17612;
let v17616 = v17610 + v17614;
// is_in_bounds
// is_in_bounds_end
let v17617 = v123 + v17615;
let v17618 = v124 + v17616;
let v17621 = u32(v17617);
let v17622 = v17621 * v19;
let v17623 = *v18552;
let v17624 = v17623 + v17622;
let v17625 = u32(v17618);
let v17626 = v17625 * v20;
let v17627 = v17624 + v17626;
let v17629 = v17627 / v14990;
let v17630 = v17617 < v17;
let v17631 = v17618 < v18;
let v17632 = v17630 && v17631;
if v17632 {
let v17634 = v17629 < v18546;
if v17634 {
let v17638 = &(*v21471)[v17629];
*v17638 = v17603;

}

}

}
var<function> v19168_store: u32;
let v19168 = &v19168_store;
let v17644 = *v18925;
*v19168 = v17644;
var<function> v19169_store: u32;
let v19169 = &v19169_store;
let v17646 = *v18926;
*v19169 = v17646;
var<function> v19170_store: u32;
let v19170 = &v19170_store;
let v17648 = *v18927;
*v19170 = v17648;
var<function> v19171_store: u32;
let v19171 = &v19171_store;
let v17650 = *v19168;
*v19171 = v17650;
var<function> v19172_store: u32;
let v19172 = &v19172_store;
let v17652 = *v19169;
*v19172 = v17652;
var<function> v19173_store: u32;
let v19173 = &v19173_store;
let v17654 = *v19170;
*v19173 = v17654;
for(var v17659: u32 = v56; v17659 < v149; v17659 += v44) {
let v17661 = *v19171;
let v17662 = v17661 + v17659;
let v17663 = f32(0.0);
let v17664 = vec2<f32>(v17663);
var<function> v19175_store: vec2<f32>;
let v19175 = &v19175_store;
*v19175 = v17664;
var<function> v19176_store: vec2<f32>;
let v19176 = &v19176_store;
let v17667 = *v19175;
*v19176 = v17667;
let v17669 = v17659 * v149;
let v17672 = u32(v17669);
let v17676 = &(*v18593)[v17672];
let v17677 = *v17676;
let v17678 = *v19176;
let v17679 = vec2<f32>(v17677, v17678[1]);
*v19176 = v17679;
let v17683 = v17669 + v44;
let v17684 = u32(v17683);
let v17688 = &(*v18593)[v17684];
let v17689 = *v17688;
let v17690 = *v19176;
let v17691 = vec2<f32>(v17690[0], v17689);
*v19176 = v17691;
let v17692 = *v19176;
let v17693 = u32(v17662);
let v17697 = &(*v18557)[v17693];
*v17697 = v17692;

}
for(var v17708: u32 = v56; v17708 < v149; v17708 += v44) {
let v17710 = *v18566;
let v17711 = v17710 + v17708;
let v17712 = u32(v17711);
let v17716 = &(*v18557)[v17712];
let v17717 = *v17716;
let v17720 = v17708 * v149;
let v17724 = v405 * v136;
let v17726 = v17720 / v136;
let v17728 = v17720 % v136;
let v17729 = v746 + v17726;
let v17730 = v17724 + v17728;
// is_in_bounds
// is_in_bounds_end
let v17731 = v123 + v17729;
let v17732 = v124 + v17730;
let v17735 = u32(v17731);
let v17736 = v17735 * v19;
let v17737 = *v18552;
let v17738 = v17737 + v17736;
let v17739 = u32(v17732);
let v17740 = v17739 * v20;
let v17741 = v17738 + v17740;
let v17743 = v17741 / v14990;
let v17744 = v17731 < v17;
let v17745 = v17732 < v18;
let v17746 = v17744 && v17745;
if v17746 {
let v17748 = v17743 < v18546;
if v17748 {
let v17752 = &(*v21471)[v17743];
*v17752 = v17717;

}

}

}
var<function> v19178_store: u32;
let v19178 = &v19178_store;
let v17756 = *v18925;
*v19178 = v17756;
var<function> v19179_store: u32;
let v19179 = &v19179_store;
let v17758 = *v18926;
*v19179 = v17758;
var<function> v19180_store: u32;
let v19180 = &v19180_store;
let v17760 = *v18927;
*v19180 = v17760;
var<function> v19181_store: u32;
let v19181 = &v19181_store;
let v17762 = *v19178;
*v19181 = v17762;
var<function> v19182_store: u32;
let v19182 = &v19182_store;
let v17764 = *v19179;
*v19182 = v17764;
var<function> v19183_store: u32;
let v19183 = &v19183_store;
let v17766 = *v19180;
*v19183 = v17766;
for(var v17771: u32 = v56; v17771 < v149; v17771 += v44) {
let v17773 = *v19181;
let v17774 = v17773 + v17771;
let v17775 = f32(0.0);
let v17776 = vec2<f32>(v17775);
var<function> v19185_store: vec2<f32>;
let v19185 = &v19185_store;
*v19185 = v17776;
var<function> v19186_store: vec2<f32>;
let v19186 = &v19186_store;
let v17779 = *v19185;
*v19186 = v17779;
let v17781 = v17771 * v149;
let v17784 = u32(v17781);
let v17788 = &(*v18594)[v17784];
let v17789 = *v17788;
let v17790 = *v19186;
let v17791 = vec2<f32>(v17789, v17790[1]);
*v19186 = v17791;
let v17795 = v17781 + v44;
let v17796 = u32(v17795);
let v17800 = &(*v18594)[v17796];
let v17801 = *v17800;
let v17802 = *v19186;
let v17803 = vec2<f32>(v17802[0], v17801);
*v19186 = v17803;
let v17804 = *v19186;
let v17805 = u32(v17774);
let v17809 = &(*v18557)[v17805];
*v17809 = v17804;

}
for(var v17820: u32 = v56; v17820 < v149; v17820 += v44) {
let v17822 = *v18566;
let v17823 = v17822 + v17820;
let v17824 = u32(v17823);
let v17828 = &(*v18557)[v17824];
let v17829 = *v17828;
let v17832 = v17820 * v149;
let v17836 = v425 * v136;
let v17838 = v17832 / v136;
let v17840 = v17832 % v136;
let v17841 = v746 + v17838;
let v17842 = v17836 + v17840;
// is_in_bounds
// is_in_bounds_end
let v17843 = v123 + v17841;
let v17844 = v124 + v17842;
let v17847 = u32(v17843);
let v17848 = v17847 * v19;
let v17849 = *v18552;
let v17850 = v17849 + v17848;
let v17851 = u32(v17844);
let v17852 = v17851 * v20;
let v17853 = v17850 + v17852;
let v17855 = v17853 / v14990;
let v17856 = v17843 < v17;
let v17857 = v17844 < v18;
let v17858 = v17856 && v17857;
if v17858 {
let v17860 = v17855 < v18546;
if v17860 {
let v17864 = &(*v21471)[v17855];
*v17864 = v17829;

}

}

}
var<function> v19188_store: u32;
let v19188 = &v19188_store;
let v17870 = *v18925;
*v19188 = v17870;
var<function> v19189_store: u32;
let v19189 = &v19189_store;
let v17872 = *v18926;
*v19189 = v17872;
var<function> v19190_store: u32;
let v19190 = &v19190_store;
let v17874 = *v18927;
*v19190 = v17874;
var<function> v19191_store: u32;
let v19191 = &v19191_store;
let v17876 = *v19188;
*v19191 = v17876;
var<function> v19192_store: u32;
let v19192 = &v19192_store;
let v17878 = *v19189;
*v19192 = v17878;
var<function> v19193_store: u32;
let v19193 = &v19193_store;
let v17880 = *v19190;
*v19193 = v17880;
for(var v17885: u32 = v56; v17885 < v149; v17885 += v44) {
let v17887 = *v19191;
let v17888 = v17887 + v17885;
let v17889 = f32(0.0);
let v17890 = vec2<f32>(v17889);
var<function> v19195_store: vec2<f32>;
let v19195 = &v19195_store;
*v19195 = v17890;
var<function> v19196_store: vec2<f32>;
let v19196 = &v19196_store;
let v17893 = *v19195;
*v19196 = v17893;
let v17895 = v17885 * v149;
let v17898 = u32(v17895);
let v17902 = &(*v18595)[v17898];
let v17903 = *v17902;
let v17904 = *v19196;
let v17905 = vec2<f32>(v17903, v17904[1]);
*v19196 = v17905;
let v17909 = v17895 + v44;
let v17910 = u32(v17909);
let v17914 = &(*v18595)[v17910];
let v17915 = *v17914;
let v17916 = *v19196;
let v17917 = vec2<f32>(v17916[0], v17915);
*v19196 = v17917;
let v17918 = *v19196;
let v17919 = u32(v17888);
let v17923 = &(*v18557)[v17919];
*v17923 = v17918;

}
for(var v17934: u32 = v56; v17934 < v149; v17934 += v44) {
let v17936 = *v18566;
let v17937 = v17936 + v17934;
let v17938 = u32(v17937);
let v17942 = &(*v18557)[v17938];
let v17943 = *v17942;
let v17946 = v17934 * v149;
let v17950 = v405 * v136;
let v17952 = v17946 / v136;
let v17954 = v17946 % v136;
let v17955 = v774 + v17952;
let v17956 = v17950 + v17954;
// is_in_bounds
// is_in_bounds_end
let v17957 = v123 + v17955;
let v17958 = v124 + v17956;
let v17961 = u32(v17957);
let v17962 = v17961 * v19;
let v17963 = *v18552;
let v17964 = v17963 + v17962;
let v17965 = u32(v17958);
let v17966 = v17965 * v20;
let v17967 = v17964 + v17966;
let v17969 = v17967 / v14990;
let v17970 = v17957 < v17;
let v17971 = v17958 < v18;
let v17972 = v17970 && v17971;
if v17972 {
let v17974 = v17969 < v18546;
if v17974 {
let v17978 = &(*v21471)[v17969];
*v17978 = v17943;

}

}

}
var<function> v19198_store: u32;
let v19198 = &v19198_store;
let v17982 = *v18925;
*v19198 = v17982;
var<function> v19199_store: u32;
let v19199 = &v19199_store;
let v17984 = *v18926;
*v19199 = v17984;
var<function> v19200_store: u32;
let v19200 = &v19200_store;
let v17986 = *v18927;
*v19200 = v17986;
var<function> v19201_store: u32;
let v19201 = &v19201_store;
let v17988 = *v19198;
*v19201 = v17988;
var<function> v19202_store: u32;
let v19202 = &v19202_store;
let v17990 = *v19199;
*v19202 = v17990;
var<function> v19203_store: u32;
let v19203 = &v19203_store;
let v17992 = *v19200;
*v19203 = v17992;
for(var v17997: u32 = v56; v17997 < v149; v17997 += v44) {
let v17999 = *v19201;
let v18000 = v17999 + v17997;
let v18001 = f32(0.0);
let v18002 = vec2<f32>(v18001);
var<function> v19205_store: vec2<f32>;
let v19205 = &v19205_store;
*v19205 = v18002;
var<function> v19206_store: vec2<f32>;
let v19206 = &v19206_store;
let v18005 = *v19205;
*v19206 = v18005;
let v18007 = v17997 * v149;
let v18010 = u32(v18007);
let v18014 = &(*v18596)[v18010];
let v18015 = *v18014;
let v18016 = *v19206;
let v18017 = vec2<f32>(v18015, v18016[1]);
*v19206 = v18017;
let v18021 = v18007 + v44;
let v18022 = u32(v18021);
let v18026 = &(*v18596)[v18022];
let v18027 = *v18026;
let v18028 = *v19206;
let v18029 = vec2<f32>(v18028[0], v18027);
*v19206 = v18029;
let v18030 = *v19206;
let v18031 = u32(v18000);
let v18035 = &(*v18557)[v18031];
*v18035 = v18030;

}
for(var v18046: u32 = v56; v18046 < v149; v18046 += v44) {
let v18048 = *v18566;
let v18049 = v18048 + v18046;
let v18050 = u32(v18049);
let v18054 = &(*v18557)[v18050];
let v18055 = *v18054;
let v18058 = v18046 * v149;
let v18062 = v425 * v136;
let v18064 = v18058 / v136;
let v18066 = v18058 % v136;
let v18067 = v774 + v18064;
let v18068 = v18062 + v18066;
// is_in_bounds
// is_in_bounds_end
let v18069 = v123 + v18067;
let v18070 = v124 + v18068;
let v18073 = u32(v18069);
let v18074 = v18073 * v19;
let v18075 = *v18552;
let v18076 = v18075 + v18074;
let v18077 = u32(v18070);
let v18078 = v18077 * v20;
let v18079 = v18076 + v18078;
let v18081 = v18079 / v14990;
let v18082 = v18069 < v17;
let v18083 = v18070 < v18;
let v18084 = v18082 && v18083;
if v18084 {
let v18086 = v18081 < v18546;
if v18086 {
let v18090 = &(*v21471)[v18081];
*v18090 = v18055;

}

}

}
var<function> v19208_store: u32;
let v19208 = &v19208_store;
let v18096 = *v18925;
*v19208 = v18096;
var<function> v19209_store: u32;
let v19209 = &v19209_store;
let v18098 = *v18926;
*v19209 = v18098;
var<function> v19210_store: u32;
let v19210 = &v19210_store;
let v18100 = *v18927;
*v19210 = v18100;
var<function> v19211_store: u32;
let v19211 = &v19211_store;
let v18102 = *v19208;
*v19211 = v18102;
var<function> v19212_store: u32;
let v19212 = &v19212_store;
let v18104 = *v19209;
*v19212 = v18104;
var<function> v19213_store: u32;
let v19213 = &v19213_store;
let v18106 = *v19210;
*v19213 = v18106;
for(var v18111: u32 = v56; v18111 < v149; v18111 += v44) {
let v18113 = *v19211;
let v18114 = v18113 + v18111;
let v18115 = f32(0.0);
let v18116 = vec2<f32>(v18115);
var<function> v19215_store: vec2<f32>;
let v19215 = &v19215_store;
*v19215 = v18116;
var<function> v19216_store: vec2<f32>;
let v19216 = &v19216_store;
let v18119 = *v19215;
*v19216 = v18119;
let v18121 = v18111 * v149;
let v18124 = u32(v18121);
let v18128 = &(*v18597)[v18124];
let v18129 = *v18128;
let v18130 = *v19216;
let v18131 = vec2<f32>(v18129, v18130[1]);
*v19216 = v18131;
let v18135 = v18121 + v44;
let v18136 = u32(v18135);
let v18140 = &(*v18597)[v18136];
let v18141 = *v18140;
let v18142 = *v19216;
let v18143 = vec2<f32>(v18142[0], v18141);
*v19216 = v18143;
let v18144 = *v19216;
let v18145 = u32(v18114);
let v18149 = &(*v18557)[v18145];
*v18149 = v18144;

}
for(var v18160: u32 = v56; v18160 < v149; v18160 += v44) {
let v18162 = *v18566;
let v18163 = v18162 + v18160;
let v18164 = u32(v18163);
let v18168 = &(*v18557)[v18164];
let v18169 = *v18168;
let v18172 = v18160 * v149;
let v18176 = v405 * v136;
let v18178 = v18172 / v136;
let v18180 = v18172 % v136;
let v18181 = v802 + v18178;
let v18182 = v18176 + v18180;
// is_in_bounds
// is_in_bounds_end
let v18183 = v123 + v18181;
let v18184 = v124 + v18182;
let v18187 = u32(v18183);
let v18188 = v18187 * v19;
let v18189 = *v18552;
let v18190 = v18189 + v18188;
let v18191 = u32(v18184);
let v18192 = v18191 * v20;
let v18193 = v18190 + v18192;
let v18195 = v18193 / v14990;
let v18196 = v18183 < v17;
let v18197 = v18184 < v18;
let v18198 = v18196 && v18197;
if v18198 {
let v18200 = v18195 < v18546;
if v18200 {
let v18204 = &(*v21471)[v18195];
*v18204 = v18169;

}

}

}
var<function> v19218_store: u32;
let v19218 = &v19218_store;
let v18208 = *v18925;
*v19218 = v18208;
var<function> v19219_store: u32;
let v19219 = &v19219_store;
let v18210 = *v18926;
*v19219 = v18210;
var<function> v19220_store: u32;
let v19220 = &v19220_store;
let v18212 = *v18927;
*v19220 = v18212;
var<function> v19221_store: u32;
let v19221 = &v19221_store;
let v18214 = *v19218;
*v19221 = v18214;
var<function> v19222_store: u32;
let v19222 = &v19222_store;
let v18216 = *v19219;
*v19222 = v18216;
var<function> v19223_store: u32;
let v19223 = &v19223_store;
let v18218 = *v19220;
*v19223 = v18218;
for(var v18223: u32 = v56; v18223 < v149; v18223 += v44) {
let v18225 = *v19221;
let v18226 = v18225 + v18223;
let v18227 = f32(0.0);
let v18228 = vec2<f32>(v18227);
var<function> v19225_store: vec2<f32>;
let v19225 = &v19225_store;
*v19225 = v18228;
var<function> v19226_store: vec2<f32>;
let v19226 = &v19226_store;
let v18231 = *v19225;
*v19226 = v18231;
let v18233 = v18223 * v149;
let v18236 = u32(v18233);
let v18240 = &(*v18598)[v18236];
let v18241 = *v18240;
let v18242 = *v19226;
let v18243 = vec2<f32>(v18241, v18242[1]);
*v19226 = v18243;
let v18247 = v18233 + v44;
let v18248 = u32(v18247);
let v18252 = &(*v18598)[v18248];
let v18253 = *v18252;
let v18254 = *v19226;
let v18255 = vec2<f32>(v18254[0], v18253);
*v19226 = v18255;
let v18256 = *v19226;
let v18257 = u32(v18226);
let v18261 = &(*v18557)[v18257];
*v18261 = v18256;

}
for(var v18272: u32 = v56; v18272 < v149; v18272 += v44) {
let v18274 = *v18566;
let v18275 = v18274 + v18272;
let v18276 = u32(v18275);
let v18280 = &(*v18557)[v18276];
let v18281 = *v18280;
let v18284 = v18272 * v149;
let v18288 = v425 * v136;
let v18290 = v18284 / v136;
let v18292 = v18284 % v136;
let v18293 = v802 + v18290;
let v18294 = v18288 + v18292;
// is_in_bounds
// is_in_bounds_end
let v18295 = v123 + v18293;
let v18296 = v124 + v18294;
let v18299 = u32(v18295);
let v18300 = v18299 * v19;
let v18301 = *v18552;
let v18302 = v18301 + v18300;
let v18303 = u32(v18296);
let v18304 = v18303 * v20;
let v18305 = v18302 + v18304;
let v18307 = v18305 / v14990;
let v18308 = v18295 < v17;
let v18309 = v18296 < v18;
let v18310 = v18308 && v18309;
if v18310 {
let v18312 = v18307 < v18546;
if v18312 {
let v18316 = &(*v21471)[v18307];
*v18316 = v18281;

}

}

}
var<function> v19228_store: u32;
let v19228 = &v19228_store;
let v18322 = *v18925;
*v19228 = v18322;
var<function> v19229_store: u32;
let v19229 = &v19229_store;
let v18324 = *v18926;
*v19229 = v18324;
var<function> v19230_store: u32;
let v19230 = &v19230_store;
let v18326 = *v18927;
*v19230 = v18326;
var<function> v19231_store: u32;
let v19231 = &v19231_store;
let v18328 = *v19228;
*v19231 = v18328;
var<function> v19232_store: u32;
let v19232 = &v19232_store;
let v18330 = *v19229;
*v19232 = v18330;
var<function> v19233_store: u32;
let v19233 = &v19233_store;
let v18332 = *v19230;
*v19233 = v18332;
for(var v18337: u32 = v56; v18337 < v149; v18337 += v44) {
let v18339 = *v19231;
let v18340 = v18339 + v18337;
let v18341 = f32(0.0);
let v18342 = vec2<f32>(v18341);
var<function> v19235_store: vec2<f32>;
let v19235 = &v19235_store;
*v19235 = v18342;
var<function> v19236_store: vec2<f32>;
let v19236 = &v19236_store;
let v18345 = *v19235;
*v19236 = v18345;
let v18347 = v18337 * v149;
let v18350 = u32(v18347);
let v18354 = &(*v18599)[v18350];
let v18355 = *v18354;
let v18356 = *v19236;
let v18357 = vec2<f32>(v18355, v18356[1]);
*v19236 = v18357;
let v18361 = v18347 + v44;
let v18362 = u32(v18361);
let v18366 = &(*v18599)[v18362];
let v18367 = *v18366;
let v18368 = *v19236;
let v18369 = vec2<f32>(v18368[0], v18367);
*v19236 = v18369;
let v18370 = *v19236;
let v18371 = u32(v18340);
let v18375 = &(*v18557)[v18371];
*v18375 = v18370;

}
for(var v18386: u32 = v56; v18386 < v149; v18386 += v44) {
let v18388 = *v18566;
let v18389 = v18388 + v18386;
let v18390 = u32(v18389);
let v18394 = &(*v18557)[v18390];
let v18395 = *v18394;
let v18398 = v18386 * v149;
let v18402 = v405 * v136;
let v18404 = v18398 / v136;
let v18406 = v18398 % v136;
let v18407 = v830 + v18404;
let v18408 = v18402 + v18406;
// is_in_bounds
// is_in_bounds_end
let v18409 = v123 + v18407;
let v18410 = v124 + v18408;
let v18413 = u32(v18409);
let v18414 = v18413 * v19;
let v18415 = *v18552;
let v18416 = v18415 + v18414;
let v18417 = u32(v18410);
let v18418 = v18417 * v20;
let v18419 = v18416 + v18418;
let v18421 = v18419 / v14990;
let v18422 = v18409 < v17;
let v18423 = v18410 < v18;
let v18424 = v18422 && v18423;
if v18424 {
let v18426 = v18421 < v18546;
if v18426 {
let v18430 = &(*v21471)[v18421];
*v18430 = v18395;

}

}

}
var<function> v19238_store: u32;
let v19238 = &v19238_store;
let v18434 = *v18925;
*v19238 = v18434;
var<function> v19239_store: u32;
let v19239 = &v19239_store;
let v18436 = *v18926;
*v19239 = v18436;
var<function> v19240_store: u32;
let v19240 = &v19240_store;
let v18438 = *v18927;
*v19240 = v18438;
var<function> v19241_store: u32;
let v19241 = &v19241_store;
let v18440 = *v19238;
*v19241 = v18440;
var<function> v19242_store: u32;
let v19242 = &v19242_store;
let v18442 = *v19239;
*v19242 = v18442;
var<function> v19243_store: u32;
let v19243 = &v19243_store;
let v18444 = *v19240;
*v19243 = v18444;
for(var v18449: u32 = v56; v18449 < v149; v18449 += v44) {
let v18451 = *v19241;
let v18452 = v18451 + v18449;
let v18453 = f32(0.0);
let v18454 = vec2<f32>(v18453);
var<function> v19245_store: vec2<f32>;
let v19245 = &v19245_store;
*v19245 = v18454;
var<function> v19246_store: vec2<f32>;
let v19246 = &v19246_store;
let v18457 = *v19245;
*v19246 = v18457;
let v18459 = v18449 * v149;
let v18462 = u32(v18459);
let v18466 = &(*v18600)[v18462];
let v18467 = *v18466;
let v18468 = *v19246;
let v18469 = vec2<f32>(v18467, v18468[1]);
*v19246 = v18469;
let v18473 = v18459 + v44;
let v18474 = u32(v18473);
let v18478 = &(*v18600)[v18474];
let v18479 = *v18478;
let v18480 = *v19246;
let v18481 = vec2<f32>(v18480[0], v18479);
*v19246 = v18481;
let v18482 = *v19246;
let v18483 = u32(v18452);
let v18487 = &(*v18557)[v18483];
*v18487 = v18482;

}
for(var v18498: u32 = v56; v18498 < v149; v18498 += v44) {
let v18500 = *v18566;
let v18501 = v18500 + v18498;
let v18502 = u32(v18501);
let v18506 = &(*v18557)[v18502];
let v18507 = *v18506;
let v18510 = v18498 * v149;
let v18514 = v425 * v136;
let v18516 = v18510 / v136;
let v18518 = v18510 % v136;
let v18519 = v830 + v18516;
let v18520 = v18514 + v18518;
// is_in_bounds
// is_in_bounds_end
let v18521 = v123 + v18519;
let v18522 = v124 + v18520;
let v18525 = u32(v18521);
let v18526 = v18525 * v19;
let v18527 = *v18552;
let v18528 = v18527 + v18526;
let v18529 = u32(v18522);
let v18530 = v18529 * v20;
let v18531 = v18528 + v18530;
let v18533 = v18531 / v14990;
let v18534 = v18521 < v17;
let v18535 = v18522 < v18;
let v18536 = v18534 && v18535;
if v18536 {
let v18538 = v18533 < v18546;
if v18538 {
let v18542 = &(*v21471)[v18533];
*v18542 = v18507;

}

}

}
return;

}

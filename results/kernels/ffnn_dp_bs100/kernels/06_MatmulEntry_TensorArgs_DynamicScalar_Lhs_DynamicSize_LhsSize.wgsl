// MatmulEntry<TensorArgs, DynamicScalar<__Lhs>, DynamicSize<__LhsSize>, DynamicScalar<__Rhs>, DynamicSize<__RhsSize>, DynamicScalar<__Acc>, DynamicSize<__AccSize>, SimpleMatmulFamily<UnitPartitioner, (), SyncFullCyclicLoading<ColMajorTilingOrder>, SyncFullCyclicLoading<RowMajorTilingOrder>, SyncFullCyclicLoading<RowMajorTilingOrder>, UnitWriterFamily>, RowMajorGlobalPartitionMatmul> (5 dispatches per step under this name)
var<workgroup> shared_v103: array<vec4<f32>, 128>;
var<workgroup> shared_v117: array<vec2<f32>, 256>;
var<workgroup> shared_v140: array<vec2<f32>, 512>;
@group(0) @binding(2) var<storage, read_write> v21: array<vec2<f32>>;
@group(0) @binding(1) var<storage, read_write> v13: array<vec2<f32>>;
@group(0) @binding(0) var<storage, read_write> v5: array<vec4<f32>>;
struct info_st { scalars_usize: array<u32, 6>, scalars_u32: array<u32, 8>, static_meta: array<u32, 4> }
@group(0) @binding(3) var<storage, read> info_var: info_st;
@compute @workgroup_size(8, 8, 1)
fn matmul_entry_lhs_f32_lhs_size_4_rhs_f32_rhs_size_2_acc_f32_acc_size_2_6e90ab03(@builtin(workgroup_id) v2448: vec3<u32>, @builtin(local_invocation_id) v2450: vec3<u32>) {
let v2581 = &v21;
let v2582 = &v13;
let v2583 = &v5;
let v1 = info_var.scalars_u32[0];
let v2 = info_var.scalars_u32[1];
let v3 = info_var.scalars_usize[0];
let v4 = info_var.scalars_usize[1];
let v2330 = info_var.static_meta[0];
let v7 = u32(0);
let v9 = info_var.scalars_u32[2];
let v10 = info_var.scalars_u32[3];
let v11 = info_var.scalars_usize[2];
let v12 = info_var.scalars_usize[3];
let v2331 = info_var.static_meta[1];
let v17 = info_var.scalars_u32[4];
let v18 = info_var.scalars_u32[5];
let v19 = info_var.scalars_usize[4];
let v20 = info_var.scalars_usize[5];
let v2332 = info_var.static_meta[2];
let v25 = info_var.scalars_u32[6];
let v26 = info_var.scalars_u32[7];
let v2449 = v2448[0];
let v33 = u32(v2449);
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
let v51 = v42 * v46;
let v56 = u32(0);
let v70 = u32(v43);
let v71 = u32(v70);
var<function> v2333_store: u32;
let v2333 = &v2333_store;
*v2333 = v71;
var<function> v2334_store: u32;
let v2334 = &v2334_store;
*v2334 = v7;
var<function> v2335_store: u32;
let v2335 = &v2335_store;
*v2335 = v71;
var<function> v2336_store: u32;
let v2336 = &v2336_store;
*v2336 = v7;
var<function> v2337_store: u32;
let v2337 = &v2337_store;
*v2337 = v71;
var<function> v2338_store: u32;
let v2338 = &v2338_store;
*v2338 = v7;
let v95 = min(v47, v1);
let v98 = v1 - v95;
let v101 = min(v46, v98);
let v2339 = &shared_v103;
var<function> v2340_store: u32;
let v2340 = &v2340_store;
*v2340 = v56;
let v111 = min(v51, v10);
let v113 = v10 - v111;
let v114 = min(v2, v9);
let v116 = min(v46, v113);
let v2341 = &shared_v117;
var<function> v2342_store: u32;
let v2342 = &v2342_store;
*v2342 = v56;
let v123 = min(v47, v17);
let v124 = min(v51, v18);
let v2451 = v2450[1];
let v2452 = v2450[0];
let v133 = u32(8);
let v134 = v133 * v2451;
let v135 = v2452 + v134;
let v137 = v135 / v133;
let v139 = v135 % v133;
let v2343 = &shared_v140;
let v145 = v137 * v133;
let v146 = v145 + v139;
let v147 = u32(16);
let v148 = v147 * v146;
let v149 = u32(2);
let v150 = v148 / v149;
let v167 = v150 + v133;
var<function> v2344_store: u32;
let v2344 = &v2344_store;
*v2344 = v133;
var<function> v2345_store: u32;
let v2345 = &v2345_store;
*v2345 = v101;
var<function> v2346_store: u32;
let v2346 = &v2346_store;
*v2346 = v133;
var<function> v2347_store: u32;
let v2347 = &v2347_store;
*v2347 = v56;
var<function> v2348_store: u32;
let v2348 = &v2348_store;
*v2348 = v133;
var<function> v2349_store: u32;
let v2349 = &v2349_store;
*v2349 = v133;
var<function> v2350_store: u32;
let v2350 = &v2350_store;
*v2350 = v116;
var<function> v2351_store: u32;
let v2351 = &v2351_store;
*v2351 = v56;
var<function> v2352_store: u32;
let v2352 = &v2352_store;
*v2352 = v150;
var<function> v2353_store: u32;
let v2353 = &v2353_store;
*v2353 = v167;
var<function> v2354_store: u32;
let v2354 = &v2354_store;
*v2354 = v149;
let v196 = v2 + v133;
let v198 = v196 - v44;
let v200 = v198 / v133;
var<function> v2355_store: array<f32, 16>= array<f32, 16>();
let v2355 = &v2355_store;
var<function> v2356_store: array<f32, 16>= array<f32, 16>();
let v2356 = &v2356_store;
var<function> v2357_store: array<f32, 16>= array<f32, 16>();
let v2357 = &v2357_store;
var<function> v2358_store: array<f32, 16>= array<f32, 16>();
let v2358 = &v2358_store;
var<function> v2359_store: array<f32, 16>= array<f32, 16>();
let v2359 = &v2359_store;
var<function> v2360_store: array<f32, 16>= array<f32, 16>();
let v2360 = &v2360_store;
let v235 = v137 * v149;
let v237 = v139 * v149;
for(var v248: u32 = v56; v248 < v147; v248 += v44) {
let v250 = u32(v248);
let v254 = &(*v2355)[v250];
let v255 = f32(0.0);
*v254 = v255;

}
let v257 = v44 + v237;
for(var v261: u32 = v56; v261 < v147; v261 += v44) {
let v263 = u32(v261);
let v267 = &(*v2356)[v263];
let v268 = f32(0.0);
*v267 = v268;

}
let v270 = v44 + v235;
for(var v276: u32 = v56; v276 < v147; v276 += v44) {
let v278 = u32(v276);
let v282 = &(*v2357)[v278];
let v283 = f32(0.0);
*v282 = v283;

}
for(var v289: u32 = v56; v289 < v147; v289 += v44) {
let v291 = u32(v289);
let v295 = &(*v2358)[v291];
let v296 = f32(0.0);
*v295 = v296;

}
let v298 = u32(128);
let v313 = u32(256);
var<function> v2365_store: array<f32, 16>= array<f32, 16>();
let v2365 = &v2365_store;
for(var v333: u32 = v56; v333 < v200; v333 += v44) {
workgroupBarrier();
let v337 = v2451 * v133;
let v339 = v337 + v2452;
let v340 = u32(4);
let v341 = v339 * v340;
var<function> v2367_store: u32;
let v2367 = &v2367_store;
*v2367 = v341;
let v346 = *v2367;
let v349 = v346 / v147;
let v351 = v346 % v147;
let v352 = *v2340;
let v356 = min(v352, v2);
let v364 = v349 % v147;
let v366 = v349 / v147;
let v367 = *v2347;
let v369 = v367 * v298;
let v370 = u32(v369);
let v383 = v364 * v340;
let v385 = v366 * v340;
let v387 = v351 / v340;
let v389 = v351 % v340;
let v390 = v383 + v387;
let v391 = v385 + v389;
let v392 = i32(0);
let v393 = vec4<i32>(v392);
let v394 = vec4<f32>(v393);
// is_in_bounds
// is_in_bounds_end
let v396 = v356 + v391;
// is_in_bounds
// is_in_bounds_end
let v400 = v95 + v390;
let v410 = u32(v400);
let v411 = v410 * v3;
let v412 = *v2334;
let v413 = v412 + v411;
let v414 = u32(v396);
let v415 = v414 * v4;
let v416 = v413 + v415;
let v417 = u32(4);
let v418 = v416 / v417;
let v419 = v400 < v1;
let v424 = v418 < v2330;
let v428 = u32(v424);
let v429 = v418 * v428;
let v433 = &(*v2583)[v429];
let v434 = *v433;
let v435 = vec4<bool>(v424);
let v436 = select(v394, v434, v435);
let v437 = vec4<bool>(v419);
let v438 = select(v394, v436, v437);
let v439 = u32(v346);
let v441 = v439 / v417;
let v444 = v370 + v441;
let v445 = &(*v2339)[v444];
*v445 = v438;
let v450 = v346 + v313;
let v452 = v450 / v147;
let v454 = v450 % v147;
let v467 = v452 % v147;
let v469 = v452 / v147;
let v486 = v467 * v340;
let v488 = v469 * v340;
let v490 = v454 / v340;
let v492 = v454 % v340;
let v493 = v486 + v490;
let v494 = v488 + v492;
// is_in_bounds
// is_in_bounds_end
let v499 = v356 + v494;
// is_in_bounds
// is_in_bounds_end
let v503 = v95 + v493;
let v513 = u32(v503);
let v514 = v513 * v3;
let v516 = v412 + v514;
let v517 = u32(v499);
let v518 = v517 * v4;
let v519 = v516 + v518;
let v521 = v519 / v417;
let v522 = v503 < v1;
let v527 = v521 < v2330;
let v531 = u32(v527);
let v532 = v521 * v531;
let v536 = &(*v2583)[v532];
let v537 = *v536;
let v538 = vec4<bool>(v527);
let v539 = select(v394, v537, v538);
let v540 = vec4<bool>(v522);
let v541 = select(v394, v539, v540);
let v542 = u32(v450);
let v544 = v542 / v417;
let v547 = v370 + v544;
let v548 = &(*v2339)[v547];
*v548 = v541;
let v555 = v339 * v149;
var<function> v2368_store: u32;
let v2368 = &v2368_store;
*v2368 = v555;
let v560 = *v2368;
let v563 = v560 / v147;
let v565 = v560 % v147;
let v566 = *v2342;
let v568 = min(v566, v114);
let v578 = v563 / v147;
let v580 = v563 % v147;
let v581 = *v2351;
let v583 = v581 * v313;
let v584 = u32(v583);
let v597 = v578 * v340;
let v599 = v580 * v340;
let v601 = v565 / v340;
let v603 = v565 % v340;
let v604 = v597 + v601;
let v605 = v599 + v603;
let v607 = vec2<i32>(v392);
let v608 = vec2<f32>(v607);
// is_in_bounds
// is_in_bounds_end
let v609 = v568 + v604;
// is_in_bounds
// is_in_bounds_end
let v615 = v111 + v605;
let v624 = u32(v609);
let v625 = v624 * v11;
let v626 = *v2336;
let v627 = v626 + v625;
let v628 = u32(v615);
let v629 = v628 * v12;
let v630 = v627 + v629;
let v631 = u32(2);
let v632 = v630 / v631;
let v633 = v615 < v10;
let v638 = v632 < v2331;
let v642 = u32(v638);
let v643 = v632 * v642;
let v647 = &(*v2582)[v643];
let v648 = *v647;
let v649 = vec2<bool>(v638);
let v650 = select(v608, v648, v649);
let v651 = vec2<bool>(v633);
let v652 = select(v608, v650, v651);
let v653 = u32(v560);
let v655 = v653 / v631;
let v658 = v584 + v655;
let v659 = &(*v2341)[v658];
*v659 = v652;
let v664 = v560 + v298;
let v666 = v664 / v147;
let v668 = v664 % v147;
let v681 = v666 / v147;
let v683 = v666 % v147;
let v700 = v681 * v340;
let v702 = v683 * v340;
let v704 = v668 / v340;
let v706 = v668 % v340;
let v707 = v700 + v704;
let v708 = v702 + v706;
// is_in_bounds
// is_in_bounds_end
let v712 = v568 + v707;
// is_in_bounds
// is_in_bounds_end
let v718 = v111 + v708;
let v727 = u32(v712);
let v728 = v727 * v11;
let v730 = v626 + v728;
let v731 = u32(v718);
let v732 = v731 * v12;
let v733 = v730 + v732;
let v735 = v733 / v631;
let v736 = v718 < v10;
let v741 = v735 < v2331;
let v745 = u32(v741);
let v746 = v735 * v745;
let v750 = &(*v2582)[v746];
let v751 = *v750;
let v752 = vec2<bool>(v741);
let v753 = select(v608, v751, v752);
let v754 = vec2<bool>(v736);
let v755 = select(v608, v753, v754);
let v756 = u32(v664);
let v758 = v756 / v631;
let v761 = v584 + v758;
let v762 = &(*v2341)[v761];
*v762 = v755;
let v767 = v560 + v313;
let v769 = v767 / v147;
let v771 = v767 % v147;
let v784 = v769 / v147;
let v786 = v769 % v147;
let v803 = v784 * v340;
let v805 = v786 * v340;
let v807 = v771 / v340;
let v809 = v771 % v340;
let v810 = v803 + v807;
let v811 = v805 + v809;
// is_in_bounds
// is_in_bounds_end
let v815 = v568 + v810;
// is_in_bounds
// is_in_bounds_end
let v821 = v111 + v811;
let v830 = u32(v815);
let v831 = v830 * v11;
let v833 = v626 + v831;
let v834 = u32(v821);
let v835 = v834 * v12;
let v836 = v833 + v835;
let v838 = v836 / v631;
let v839 = v821 < v10;
let v844 = v838 < v2331;
let v848 = u32(v844);
let v849 = v838 * v848;
let v853 = &(*v2582)[v849];
let v854 = *v853;
let v855 = vec2<bool>(v844);
let v856 = select(v608, v854, v855);
let v857 = vec2<bool>(v839);
let v858 = select(v608, v856, v857);
let v859 = u32(v767);
let v861 = v859 / v631;
let v864 = v584 + v861;
let v865 = &(*v2341)[v864];
*v865 = v858;
let v2505 = u32(384);
let v870 = v560 + v2505;
let v872 = v870 / v147;
let v874 = v870 % v147;
let v887 = v872 / v147;
let v889 = v872 % v147;
let v906 = v887 * v340;
let v908 = v889 * v340;
let v910 = v874 / v340;
let v912 = v874 % v340;
let v913 = v906 + v910;
let v914 = v908 + v912;
// is_in_bounds
// is_in_bounds_end
let v918 = v568 + v913;
// is_in_bounds
// is_in_bounds_end
let v924 = v111 + v914;
let v933 = u32(v918);
let v934 = v933 * v11;
let v936 = v626 + v934;
let v937 = u32(v924);
let v938 = v937 * v12;
let v939 = v936 + v938;
let v941 = v939 / v631;
let v942 = v924 < v10;
let v947 = v941 < v2331;
let v951 = u32(v947);
let v952 = v941 * v951;
let v956 = &(*v2582)[v952];
let v957 = *v956;
let v958 = vec2<bool>(v947);
let v959 = select(v608, v957, v958);
let v960 = vec2<bool>(v942);
let v961 = select(v608, v959, v960);
let v962 = u32(v870);
let v964 = v962 / v631;
let v967 = v584 + v964;
let v968 = &(*v2341)[v967];
*v968 = v961;
workgroupBarrier();
let v977 = v147 * v235;
let v979 = v977 / v340;
for(var v985: u32 = v56; v985 < v340; v985 += v44) {
let v991 = v979 + v985;
let v992 = u32(v991);
let v996 = &(*v2339)[v992];
let v997 = *v996;
let v998 = v997[0];
let v1007 = u32(v985);
let v1011 = &(*v2359)[v1007];
*v1011 = v998;
let v1012 = v997[1];
let v1020 = v340 + v985;
let v1021 = u32(v1020);
let v1025 = &(*v2359)[v1021];
*v1025 = v1012;
let v1026 = v997[2];
let v1034 = v133 + v985;
let v1035 = u32(v1034);
let v1039 = &(*v2359)[v1035];
*v1039 = v1026;
let v1040 = v997[3];
let v2521 = u32(12);
let v1048 = v2521 + v985;
let v1049 = u32(v1048);
let v1053 = &(*v2359)[v1049];
*v1053 = v1040;

}
let v1060 = v147 * v270;
let v1062 = v1060 / v340;
for(var v1068: u32 = v56; v1068 < v340; v1068 += v44) {
let v1074 = v1062 + v1068;
let v1075 = u32(v1074);
let v1079 = &(*v2339)[v1075];
let v1080 = *v1079;
let v1081 = v1080[0];
let v1090 = u32(v1068);
let v1094 = &(*v2360)[v1090];
*v1094 = v1081;
let v1095 = v1080[1];
let v1103 = v340 + v1068;
let v1104 = u32(v1103);
let v1108 = &(*v2360)[v1104];
*v1108 = v1095;
let v1109 = v1080[2];
let v1117 = v133 + v1068;
let v1118 = u32(v1117);
let v1122 = &(*v2360)[v1118];
*v1122 = v1109;
let v1123 = v1080[3];
let v2533 = u32(12);
let v1131 = v2533 + v1068;
let v1132 = u32(v1131);
let v1136 = &(*v2360)[v1132];
*v1136 = v1123;

}
let v1143 = v147 * v237;
let v1145 = v1143 / v149;
for(var v1151: u32 = v56; v1151 < v340; v1151 += v44) {
for(var v1156: u32 = v56; v1156 < v149; v1156 += v44) {
let v1159 = v1151 * v149;
let v1160 = v1159 + v1156;
let v1161 = v1145 + v1160;
let v1162 = u32(v1161);
let v1166 = &(*v2341)[v1162];
let v1167 = *v1166;
let v1168 = v1167[0];
let v1170 = v1151 * v340;
let v1172 = v1156 * v149;
let v1173 = v1170 + v1172;
let v1176 = u32(v1173);
let v1180 = &(*v2365)[v1176];
*v1180 = v1168;
let v1181 = v1167[1];
let v1188 = v1173 + v44;
let v1189 = u32(v1188);
let v1193 = &(*v2365)[v1189];
*v1193 = v1181;

}

}
let v1196 = u32(1);
for(var v1197: u32 = v7; v1197 < v417; v1197 += v1196) {
for(var v1202: u32 = v7; v1202 < v417; v1202 += v1196) {
let v1205 = v1197 * v417;
let v1206 = v1205 + v1202;
let v1210 = &(*v2359)[v1206];
let v1211 = *v1210;
for(var v1215: u32 = v7; v1215 < v417; v1215 += v1196) {
let v1219 = v1205 + v1215;
let v1223 = &(*v2365)[v1219];
let v1224 = *v1223;
let v1227 = v1202 * v417;
let v1228 = v1227 + v1215;
let v1232 = &(*v2355)[v1228];
let v1233 = *v1232;
let v2573 = fma(v1211, v1224, v1233);
*v1232 = v2573;

}

}

}
for(var v1238: u32 = v7; v1238 < v417; v1238 += v1196) {
for(var v1243: u32 = v7; v1243 < v417; v1243 += v1196) {
let v1246 = v1238 * v417;
let v1247 = v1246 + v1243;
let v1251 = &(*v2360)[v1247];
let v1252 = *v1251;
for(var v1256: u32 = v7; v1256 < v417; v1256 += v1196) {
let v1260 = v1246 + v1256;
let v1264 = &(*v2365)[v1260];
let v1265 = *v1264;
let v1268 = v1243 * v417;
let v1269 = v1268 + v1256;
let v1273 = &(*v2357)[v1269];
let v1274 = *v1273;
let v2574 = fma(v1252, v1265, v1274);
*v1273 = v2574;

}

}

}
let v1282 = v147 * v257;
let v1284 = v1282 / v149;
for(var v1290: u32 = v56; v1290 < v340; v1290 += v44) {
for(var v1295: u32 = v56; v1295 < v149; v1295 += v44) {
let v1298 = v1290 * v149;
let v1299 = v1298 + v1295;
let v1300 = v1284 + v1299;
let v1301 = u32(v1300);
let v1305 = &(*v2341)[v1301];
let v1306 = *v1305;
let v1307 = v1306[0];
let v1309 = v1290 * v340;
let v1311 = v1295 * v149;
let v1312 = v1309 + v1311;
let v1315 = u32(v1312);
let v1319 = &(*v2365)[v1315];
*v1319 = v1307;
let v1320 = v1306[1];
let v1327 = v1312 + v44;
let v1328 = u32(v1327);
let v1332 = &(*v2365)[v1328];
*v1332 = v1320;

}

}
for(var v1336: u32 = v7; v1336 < v417; v1336 += v1196) {
for(var v1341: u32 = v7; v1341 < v417; v1341 += v1196) {
let v1344 = v1336 * v417;
let v1345 = v1344 + v1341;
let v1349 = &(*v2359)[v1345];
let v1350 = *v1349;
for(var v1354: u32 = v7; v1354 < v417; v1354 += v1196) {
let v1358 = v1344 + v1354;
let v1362 = &(*v2365)[v1358];
let v1363 = *v1362;
let v1366 = v1341 * v417;
let v1367 = v1366 + v1354;
let v1371 = &(*v2356)[v1367];
let v1372 = *v1371;
let v2575 = fma(v1350, v1363, v1372);
*v1371 = v2575;

}

}

}
for(var v1377: u32 = v7; v1377 < v417; v1377 += v1196) {
for(var v1382: u32 = v7; v1382 < v417; v1382 += v1196) {
let v1385 = v1377 * v417;
let v1386 = v1385 + v1382;
let v1390 = &(*v2360)[v1386];
let v1391 = *v1390;
for(var v1395: u32 = v7; v1395 < v417; v1395 += v1196) {
let v1399 = v1385 + v1395;
let v1403 = &(*v2365)[v1399];
let v1404 = *v1403;
let v1407 = v1382 * v417;
let v1408 = v1407 + v1395;
let v1412 = &(*v2358)[v1408];
let v1413 = *v1412;
let v2576 = fma(v1391, v1404, v1413);
*v1412 = v2576;

}

}

}
let v1421 = v147 + v235;
let v1423 = v147 * v1421;
let v1425 = v1423 / v340;
for(var v1431: u32 = v56; v1431 < v340; v1431 += v44) {
let v1437 = v1425 + v1431;
let v1438 = u32(v1437);
let v1442 = &(*v2339)[v1438];
let v1443 = *v1442;
let v1444 = v1443[0];
let v1453 = u32(v1431);
let v1457 = &(*v2359)[v1453];
*v1457 = v1444;
let v1458 = v1443[1];
let v1466 = v340 + v1431;
let v1467 = u32(v1466);
let v1471 = &(*v2359)[v1467];
*v1471 = v1458;
let v1472 = v1443[2];
let v1480 = v133 + v1431;
let v1481 = u32(v1480);
let v1485 = &(*v2359)[v1481];
*v1485 = v1472;
let v1486 = v1443[3];
let v2545 = u32(12);
let v1494 = v2545 + v1431;
let v1495 = u32(v1494);
let v1499 = &(*v2359)[v1495];
*v1499 = v1486;

}
let v1504 = v147 + v270;
let v1506 = v147 * v1504;
let v1508 = v1506 / v340;
for(var v1514: u32 = v56; v1514 < v340; v1514 += v44) {
let v1520 = v1508 + v1514;
let v1521 = u32(v1520);
let v1525 = &(*v2339)[v1521];
let v1526 = *v1525;
let v1527 = v1526[0];
let v1536 = u32(v1514);
let v1540 = &(*v2360)[v1536];
*v1540 = v1527;
let v1541 = v1526[1];
let v1549 = v340 + v1514;
let v1550 = u32(v1549);
let v1554 = &(*v2360)[v1550];
*v1554 = v1541;
let v1555 = v1526[2];
let v1563 = v133 + v1514;
let v1564 = u32(v1563);
let v1568 = &(*v2360)[v1564];
*v1568 = v1555;
let v1569 = v1526[3];
let v2557 = u32(12);
let v1577 = v2557 + v1514;
let v1578 = u32(v1577);
let v1582 = &(*v2360)[v1578];
*v1582 = v1569;

}
let v1587 = v147 + v237;
let v1589 = v147 * v1587;
let v1591 = v1589 / v149;
for(var v1597: u32 = v56; v1597 < v340; v1597 += v44) {
for(var v1602: u32 = v56; v1602 < v149; v1602 += v44) {
let v1605 = v1597 * v149;
let v1606 = v1605 + v1602;
let v1607 = v1591 + v1606;
let v1608 = u32(v1607);
let v1612 = &(*v2341)[v1608];
let v1613 = *v1612;
let v1614 = v1613[0];
let v1616 = v1597 * v340;
let v1618 = v1602 * v149;
let v1619 = v1616 + v1618;
let v1622 = u32(v1619);
let v1626 = &(*v2365)[v1622];
*v1626 = v1614;
let v1627 = v1613[1];
let v1634 = v1619 + v44;
let v1635 = u32(v1634);
let v1639 = &(*v2365)[v1635];
*v1639 = v1627;

}

}
for(var v1643: u32 = v7; v1643 < v417; v1643 += v1196) {
for(var v1648: u32 = v7; v1648 < v417; v1648 += v1196) {
let v1651 = v1643 * v417;
let v1652 = v1651 + v1648;
let v1656 = &(*v2359)[v1652];
let v1657 = *v1656;
for(var v1661: u32 = v7; v1661 < v417; v1661 += v1196) {
let v1665 = v1651 + v1661;
let v1669 = &(*v2365)[v1665];
let v1670 = *v1669;
let v1673 = v1648 * v417;
let v1674 = v1673 + v1661;
let v1678 = &(*v2355)[v1674];
let v1679 = *v1678;
let v2577 = fma(v1657, v1670, v1679);
*v1678 = v2577;

}

}

}
for(var v1684: u32 = v7; v1684 < v417; v1684 += v1196) {
for(var v1689: u32 = v7; v1689 < v417; v1689 += v1196) {
let v1692 = v1684 * v417;
let v1693 = v1692 + v1689;
let v1697 = &(*v2360)[v1693];
let v1698 = *v1697;
for(var v1702: u32 = v7; v1702 < v417; v1702 += v1196) {
let v1706 = v1692 + v1702;
let v1710 = &(*v2365)[v1706];
let v1711 = *v1710;
let v1714 = v1689 * v417;
let v1715 = v1714 + v1702;
let v1719 = &(*v2357)[v1715];
let v1720 = *v1719;
let v2578 = fma(v1698, v1711, v1720);
*v1719 = v2578;

}

}

}
let v1726 = v147 + v257;
let v1728 = v147 * v1726;
let v1730 = v1728 / v149;
for(var v1736: u32 = v56; v1736 < v340; v1736 += v44) {
for(var v1741: u32 = v56; v1741 < v149; v1741 += v44) {
let v1744 = v1736 * v149;
let v1745 = v1744 + v1741;
let v1746 = v1730 + v1745;
let v1747 = u32(v1746);
let v1751 = &(*v2341)[v1747];
let v1752 = *v1751;
let v1753 = v1752[0];
let v1755 = v1736 * v340;
let v1757 = v1741 * v149;
let v1758 = v1755 + v1757;
let v1761 = u32(v1758);
let v1765 = &(*v2365)[v1761];
*v1765 = v1753;
let v1766 = v1752[1];
let v1773 = v1758 + v44;
let v1774 = u32(v1773);
let v1778 = &(*v2365)[v1774];
*v1778 = v1766;

}

}
for(var v1782: u32 = v7; v1782 < v417; v1782 += v1196) {
for(var v1787: u32 = v7; v1787 < v417; v1787 += v1196) {
let v1790 = v1782 * v417;
let v1791 = v1790 + v1787;
let v1795 = &(*v2359)[v1791];
let v1796 = *v1795;
for(var v1800: u32 = v7; v1800 < v417; v1800 += v1196) {
let v1804 = v1790 + v1800;
let v1808 = &(*v2365)[v1804];
let v1809 = *v1808;
let v1812 = v1787 * v417;
let v1813 = v1812 + v1800;
let v1817 = &(*v2356)[v1813];
let v1818 = *v1817;
let v2579 = fma(v1796, v1809, v1818);
*v1817 = v2579;

}

}

}
for(var v1823: u32 = v7; v1823 < v417; v1823 += v1196) {
for(var v1828: u32 = v7; v1828 < v417; v1828 += v1196) {
let v1831 = v1823 * v417;
let v1832 = v1831 + v1828;
let v1836 = &(*v2360)[v1832];
let v1837 = *v1836;
for(var v1841: u32 = v7; v1841 < v417; v1841 += v1196) {
let v1845 = v1831 + v1841;
let v1849 = &(*v2365)[v1845];
let v1850 = *v1849;
let v1853 = v1828 * v417;
let v1854 = v1853 + v1841;
let v1858 = &(*v2358)[v1854];
let v1859 = *v1858;
let v2580 = fma(v1837, v1850, v1859);
*v1858 = v2580;

}

}

}
let v1861 = *v2340;
let v1863 = *v2344;
let v1864 = v1861 + v1863;
*v2340 = v1864;
let v1865 = *v2342;
let v1867 = *v2348;
let v1868 = v1865 + v1867;
*v2342 = v1868;

}
workgroupBarrier();
var<function> v2405_store: u32;
let v2405 = &v2405_store;
let v1872 = *v2352;
*v2405 = v1872;
var<function> v2406_store: u32;
let v2406 = &v2406_store;
let v1874 = *v2353;
*v2406 = v1874;
var<function> v2407_store: u32;
let v2407 = &v2407_store;
let v1876 = *v2354;
*v2407 = v1876;
var<function> v2408_store: u32;
let v2408 = &v2408_store;
let v1882 = *v2405;
*v2408 = v1882;
var<function> v2409_store: u32;
let v2409 = &v2409_store;
let v1884 = *v2406;
*v2409 = v1884;
var<function> v2410_store: u32;
let v2410 = &v2410_store;
let v1886 = *v2407;
*v2410 = v1886;
var<function> v2411_store: u32;
let v2411 = &v2411_store;
let v1888 = *v2408;
*v2411 = v1888;
var<function> v2412_store: u32;
let v2412 = &v2412_store;
let v1890 = *v2409;
*v2412 = v1890;
var<function> v2413_store: u32;
let v2413 = &v2413_store;
let v1892 = *v2410;
*v2413 = v1892;
for(var v1897: u32 = v56; v1897 < v133; v1897 += v44) {
let v1899 = *v2411;
let v1900 = v1899 + v1897;
let v1901 = f32(0.0);
let v1902 = vec2<f32>(v1901);
var<function> v2415_store: vec2<f32>;
let v2415 = &v2415_store;
*v2415 = v1902;
var<function> v2416_store: vec2<f32>;
let v2416 = &v2416_store;
let v1905 = *v2415;
*v2416 = v1905;
let v1907 = v1897 * v149;
let v1910 = u32(v1907);
let v1914 = &(*v2355)[v1910];
let v1915 = *v1914;
let v1916 = *v2416;
let v1917 = vec2<f32>(v1915, v1916[1]);
*v2416 = v1917;
let v1921 = v1907 + v44;
let v1922 = u32(v1921);
let v1926 = &(*v2355)[v1922];
let v1927 = *v1926;
let v1928 = *v2416;
let v1929 = vec2<f32>(v1928[0], v1927);
*v2416 = v1929;
let v1930 = *v2416;
let v1931 = u32(v1900);
let v1935 = &(*v2343)[v1931];
*v1935 = v1930;

}
let v1940 = u32(2);
for(var v1946: u32 = v56; v1946 < v133; v1946 += v44) {
let v1948 = *v2352;
let v1949 = v1948 + v1946;
let v1950 = u32(v1949);
let v1954 = &(*v2343)[v1950];
let v1955 = *v1954;
let v1958 = v1946 * v149;
let v1959 = u32(4);
let v1960 = v235 * v1959;
let v1962 = v237 * v1959;
let v1964 = v1958 / v1959;
let v1966 = v1958 % v1959;
let v1967 = v1960 + v1964;
let v1968 = v1962 + v1966;
// is_in_bounds
// is_in_bounds_end
let v1969 = v123 + v1967;
let v1970 = v124 + v1968;
let v1973 = u32(v1969);
let v1974 = v1973 * v19;
let v1975 = *v2338;
let v1976 = v1975 + v1974;
let v1977 = u32(v1970);
let v1978 = v1977 * v20;
let v1979 = v1976 + v1978;
let v1981 = v1979 / v1940;
let v1982 = v1969 < v17;
let v1983 = v1970 < v18;
let v1984 = v1982 && v1983;
if v1984 {
let v1986 = v1981 < v2332;
if v1986 {
let v1990 = &(*v2581)[v1981];
*v1990 = v1955;

}

}

}
var<function> v2418_store: u32;
let v2418 = &v2418_store;
let v1994 = *v2405;
*v2418 = v1994;
var<function> v2419_store: u32;
let v2419 = &v2419_store;
let v1996 = *v2406;
*v2419 = v1996;
var<function> v2420_store: u32;
let v2420 = &v2420_store;
let v1998 = *v2407;
*v2420 = v1998;
var<function> v2421_store: u32;
let v2421 = &v2421_store;
let v2000 = *v2418;
*v2421 = v2000;
var<function> v2422_store: u32;
let v2422 = &v2422_store;
let v2002 = *v2419;
*v2422 = v2002;
var<function> v2423_store: u32;
let v2423 = &v2423_store;
let v2004 = *v2420;
*v2423 = v2004;
for(var v2009: u32 = v56; v2009 < v133; v2009 += v44) {
let v2011 = *v2421;
let v2012 = v2011 + v2009;
let v2013 = f32(0.0);
let v2014 = vec2<f32>(v2013);
var<function> v2425_store: vec2<f32>;
let v2425 = &v2425_store;
*v2425 = v2014;
var<function> v2426_store: vec2<f32>;
let v2426 = &v2426_store;
let v2017 = *v2425;
*v2426 = v2017;
let v2019 = v2009 * v149;
let v2022 = u32(v2019);
let v2026 = &(*v2356)[v2022];
let v2027 = *v2026;
let v2028 = *v2426;
let v2029 = vec2<f32>(v2027, v2028[1]);
*v2426 = v2029;
let v2033 = v2019 + v44;
let v2034 = u32(v2033);
let v2038 = &(*v2356)[v2034];
let v2039 = *v2038;
let v2040 = *v2426;
let v2041 = vec2<f32>(v2040[0], v2039);
*v2426 = v2041;
let v2042 = *v2426;
let v2043 = u32(v2012);
let v2047 = &(*v2343)[v2043];
*v2047 = v2042;

}
for(var v2058: u32 = v56; v2058 < v133; v2058 += v44) {
let v2060 = *v2352;
let v2061 = v2060 + v2058;
let v2062 = u32(v2061);
let v2066 = &(*v2343)[v2062];
let v2067 = *v2066;
let v2070 = v2058 * v149;
let v2071 = u32(4);
let v2072 = v235 * v2071;
let v2074 = v257 * v2071;
let v2076 = v2070 / v2071;
let v2078 = v2070 % v2071;
let v2079 = v2072 + v2076;
let v2080 = v2074 + v2078;
// is_in_bounds
// is_in_bounds_end
let v2081 = v123 + v2079;
let v2082 = v124 + v2080;
let v2085 = u32(v2081);
let v2086 = v2085 * v19;
let v2087 = *v2338;
let v2088 = v2087 + v2086;
let v2089 = u32(v2082);
let v2090 = v2089 * v20;
let v2091 = v2088 + v2090;
let v2093 = v2091 / v1940;
let v2094 = v2081 < v17;
let v2095 = v2082 < v18;
let v2096 = v2094 && v2095;
if v2096 {
let v2098 = v2093 < v2332;
if v2098 {
let v2102 = &(*v2581)[v2093];
*v2102 = v2067;

}

}

}
var<function> v2428_store: u32;
let v2428 = &v2428_store;
let v2108 = *v2405;
*v2428 = v2108;
var<function> v2429_store: u32;
let v2429 = &v2429_store;
let v2110 = *v2406;
*v2429 = v2110;
var<function> v2430_store: u32;
let v2430 = &v2430_store;
let v2112 = *v2407;
*v2430 = v2112;
var<function> v2431_store: u32;
let v2431 = &v2431_store;
let v2114 = *v2428;
*v2431 = v2114;
var<function> v2432_store: u32;
let v2432 = &v2432_store;
let v2116 = *v2429;
*v2432 = v2116;
var<function> v2433_store: u32;
let v2433 = &v2433_store;
let v2118 = *v2430;
*v2433 = v2118;
for(var v2123: u32 = v56; v2123 < v133; v2123 += v44) {
let v2125 = *v2431;
let v2126 = v2125 + v2123;
let v2127 = f32(0.0);
let v2128 = vec2<f32>(v2127);
var<function> v2435_store: vec2<f32>;
let v2435 = &v2435_store;
*v2435 = v2128;
var<function> v2436_store: vec2<f32>;
let v2436 = &v2436_store;
let v2131 = *v2435;
*v2436 = v2131;
let v2133 = v2123 * v149;
let v2136 = u32(v2133);
let v2140 = &(*v2357)[v2136];
let v2141 = *v2140;
let v2142 = *v2436;
let v2143 = vec2<f32>(v2141, v2142[1]);
*v2436 = v2143;
let v2147 = v2133 + v44;
let v2148 = u32(v2147);
let v2152 = &(*v2357)[v2148];
let v2153 = *v2152;
let v2154 = *v2436;
let v2155 = vec2<f32>(v2154[0], v2153);
*v2436 = v2155;
let v2156 = *v2436;
let v2157 = u32(v2126);
let v2161 = &(*v2343)[v2157];
*v2161 = v2156;

}
for(var v2172: u32 = v56; v2172 < v133; v2172 += v44) {
let v2174 = *v2352;
let v2175 = v2174 + v2172;
let v2176 = u32(v2175);
let v2180 = &(*v2343)[v2176];
let v2181 = *v2180;
let v2184 = v2172 * v149;
let v2185 = u32(4);
let v2186 = v270 * v2185;
let v2188 = v237 * v2185;
let v2190 = v2184 / v2185;
let v2192 = v2184 % v2185;
let v2193 = v2186 + v2190;
let v2194 = v2188 + v2192;
// is_in_bounds
// is_in_bounds_end
let v2195 = v123 + v2193;
let v2196 = v124 + v2194;
let v2199 = u32(v2195);
let v2200 = v2199 * v19;
let v2201 = *v2338;
let v2202 = v2201 + v2200;
let v2203 = u32(v2196);
let v2204 = v2203 * v20;
let v2205 = v2202 + v2204;
let v2207 = v2205 / v1940;
let v2208 = v2195 < v17;
let v2209 = v2196 < v18;
let v2210 = v2208 && v2209;
if v2210 {
let v2212 = v2207 < v2332;
if v2212 {
let v2216 = &(*v2581)[v2207];
*v2216 = v2181;

}

}

}
var<function> v2438_store: u32;
let v2438 = &v2438_store;
let v2220 = *v2405;
*v2438 = v2220;
var<function> v2439_store: u32;
let v2439 = &v2439_store;
let v2222 = *v2406;
*v2439 = v2222;
var<function> v2440_store: u32;
let v2440 = &v2440_store;
let v2224 = *v2407;
*v2440 = v2224;
var<function> v2441_store: u32;
let v2441 = &v2441_store;
let v2226 = *v2438;
*v2441 = v2226;
var<function> v2442_store: u32;
let v2442 = &v2442_store;
let v2228 = *v2439;
*v2442 = v2228;
var<function> v2443_store: u32;
let v2443 = &v2443_store;
let v2230 = *v2440;
*v2443 = v2230;
for(var v2235: u32 = v56; v2235 < v133; v2235 += v44) {
let v2237 = *v2441;
let v2238 = v2237 + v2235;
let v2239 = f32(0.0);
let v2240 = vec2<f32>(v2239);
var<function> v2445_store: vec2<f32>;
let v2445 = &v2445_store;
*v2445 = v2240;
var<function> v2446_store: vec2<f32>;
let v2446 = &v2446_store;
let v2243 = *v2445;
*v2446 = v2243;
let v2245 = v2235 * v149;
let v2248 = u32(v2245);
let v2252 = &(*v2358)[v2248];
let v2253 = *v2252;
let v2254 = *v2446;
let v2255 = vec2<f32>(v2253, v2254[1]);
*v2446 = v2255;
let v2259 = v2245 + v44;
let v2260 = u32(v2259);
let v2264 = &(*v2358)[v2260];
let v2265 = *v2264;
let v2266 = *v2446;
let v2267 = vec2<f32>(v2266[0], v2265);
*v2446 = v2267;
let v2268 = *v2446;
let v2269 = u32(v2238);
let v2273 = &(*v2343)[v2269];
*v2273 = v2268;

}
for(var v2284: u32 = v56; v2284 < v133; v2284 += v44) {
let v2286 = *v2352;
let v2287 = v2286 + v2284;
let v2288 = u32(v2287);
let v2292 = &(*v2343)[v2288];
let v2293 = *v2292;
let v2296 = v2284 * v149;
let v2297 = u32(4);
let v2298 = v270 * v2297;
let v2300 = v257 * v2297;
let v2302 = v2296 / v2297;
let v2304 = v2296 % v2297;
let v2305 = v2298 + v2302;
let v2306 = v2300 + v2304;
// is_in_bounds
// is_in_bounds_end
let v2307 = v123 + v2305;
let v2308 = v124 + v2306;
let v2311 = u32(v2307);
let v2312 = v2311 * v19;
let v2313 = *v2338;
let v2314 = v2313 + v2312;
let v2315 = u32(v2308);
let v2316 = v2315 * v20;
let v2317 = v2314 + v2316;
let v2319 = v2317 / v1940;
let v2320 = v2307 < v17;
let v2321 = v2308 < v18;
let v2322 = v2320 && v2321;
if v2322 {
let v2324 = v2319 < v2332;
if v2324 {
let v2328 = &(*v2581)[v2319];
*v2328 = v2293;

}

}

}
return;

}

// MatmulEntry<TensorArgs, DynamicScalar<__Lhs>, DynamicSize<__LhsSize>, DynamicScalar<__Rhs>, DynamicSize<__RhsSize>, DynamicScalar<__Acc>, DynamicSize<__AccSize>, SimpleMatmulFamily<UnitPartitioner, (), SyncFullCyclicLoading<ColMajorTilingOrder>, SyncFullCyclicLoading<RowMajorTilingOrder>, SyncFullCyclicLoading<RowMajorTilingOrder>, UnitWriterFamily>, RowMajorGlobalPartitionMatmul> (5 dispatches per step under this name)
var<workgroup> shared_v151: array<vec2<f32>, 8>;
var<workgroup> shared_v165: array<vec2<f32>, 32>;
var<workgroup> shared_v188: array<vec2<f32>, 16>;
@group(0) @binding(2) var<storage, read_write> v29: array<vec2<f32>>;
@group(0) @binding(1) var<storage, read_write> v21: array<vec2<f32>>;
@group(0) @binding(0) var<storage, read_write> v9: array<vec2<f32>>;
struct info_st { scalars_usize: array<u32, 10>, scalars_u32: array<u32, 18>, static_meta: array<u32, 4> }
@group(0) @binding(3) var<storage, read> info_var: info_st;
@compute @workgroup_size(8, 1, 1)
fn matmul_entry_lhs_f32_lhs_size_2_rhs_f32_rhs_size_2_acc_f32_acc_size_2_f18f8864(@builtin(workgroup_id) v1220: vec3<u32>, @builtin(local_invocation_id) v1223: vec3<u32>) {
let v1286 = &v29;
let v1287 = &v21;
let v1288 = &v9;
let v1 = info_var.scalars_u32[0];
let v2 = info_var.scalars_u32[1];
let v3 = info_var.scalars_u32[2];
let v4 = info_var.scalars_usize[0];
let v5 = info_var.scalars_u32[3];
let v6 = info_var.scalars_u32[4];
let v7 = info_var.scalars_usize[1];
let v8 = info_var.scalars_usize[2];
let v1152 = info_var.static_meta[0];
let v11 = u32(0);
let v13 = info_var.scalars_u32[5];
let v14 = info_var.scalars_u32[6];
let v15 = info_var.scalars_u32[7];
let v16 = info_var.scalars_usize[3];
let v17 = info_var.scalars_u32[8];
let v18 = info_var.scalars_u32[9];
let v19 = info_var.scalars_usize[4];
let v20 = info_var.scalars_usize[5];
let v1153 = info_var.static_meta[1];
let v25 = info_var.scalars_u32[10];
let v26 = info_var.scalars_u32[11];
let v27 = info_var.scalars_usize[6];
let v28 = info_var.scalars_usize[7];
let v1154 = info_var.static_meta[2];
let v33 = info_var.scalars_u32[12];
let v34 = info_var.scalars_u32[13];
let v35 = info_var.scalars_u32[14];
let v36 = info_var.scalars_usize[8];
let v37 = info_var.scalars_u32[15];
let v38 = info_var.scalars_u32[16];
let v1221 = v1220[0];
let v45 = u32(v1221);
let v46 = v37 * v38;
let v47 = u32(v46);
let v48 = v45 / v47;
let v49 = v45 % v47;
let v50 = u32(v38);
let v51 = v49 / v50;
let v52 = u32(v51);
let v53 = u32(v49);
let v54 = v53 % v38;
let v55 = u32(v48);
let v56 = u32(1);
let v58 = u32(2);
let v59 = v52 * v58;
let v62 = u32(16);
let v63 = v54 * v62;
let v68 = u32(0);
let v82 = u32(v55);
let v83 = u32(v82);
var<function> v1155_store: u32;
let v1155 = &v1155_store;
*v1155 = v83;
var<function> v1156_store: u32;
let v1156 = &v1156_store;
*v1156 = v11;
let v88 = *v1155;
let v1157 = u64(32);
let v1158 = u64(v88);
let v1159 = u64(v2);
let v1160 = v1158 * v1159;
let v1161 = v1160 >> u32(v1157);
let v1162 = u32(bitcast<u64>(v1161));
let v91 = v1162 + v88;
let v92 = v91 >> u32(v3);
let v93 = v92 * v1;
let v95 = v88 - v93;
*v1155 = v92;
let v96 = u32(v95);
let v97 = v96 * v4;
let v98 = *v1156;
let v99 = v98 + v97;
*v1156 = v99;
var<function> v1163_store: u32;
let v1163 = &v1163_store;
*v1163 = v83;
var<function> v1164_store: u32;
let v1164 = &v1164_store;
*v1164 = v11;
let v108 = *v1163;
let v1166 = u64(v108);
let v1167 = u64(v14);
let v1168 = v1166 * v1167;
let v1169 = v1168 >> u32(v1157);
let v1170 = u32(bitcast<u64>(v1169));
let v111 = v1170 + v108;
let v112 = v111 >> u32(v15);
let v113 = v112 * v13;
let v115 = v108 - v113;
*v1163 = v112;
let v116 = u32(v115);
let v117 = v116 * v16;
let v118 = *v1164;
let v119 = v118 + v117;
*v1164 = v119;
var<function> v1171_store: u32;
let v1171 = &v1171_store;
*v1171 = v83;
var<function> v1172_store: u32;
let v1172 = &v1172_store;
*v1172 = v11;
let v129 = *v1171;
let v1174 = u64(v129);
let v1175 = u64(v34);
let v1176 = v1174 * v1175;
let v1177 = v1176 >> u32(v1157);
let v1178 = u32(bitcast<u64>(v1177));
let v132 = v1178 + v129;
let v133 = v132 >> u32(v35);
let v134 = v133 * v33;
let v136 = v129 - v134;
*v1171 = v133;
let v137 = u32(v136);
let v138 = v137 * v36;
let v139 = *v1172;
let v140 = v139 + v138;
*v1172 = v140;
let v143 = min(v59, v5);
let v146 = v5 - v143;
let v149 = min(v58, v146);
let v1179 = &shared_v151;
var<function> v1180_store: u32;
let v1180 = &v1180_store;
*v1180 = v68;
let v159 = min(v63, v18);
let v161 = v18 - v159;
let v162 = min(v6, v17);
let v164 = min(v62, v161);
let v1181 = &shared_v165;
var<function> v1182_store: u32;
let v1182 = &v1182_store;
*v1182 = v68;
let v171 = min(v59, v25);
let v172 = min(v63, v26);
let v1224 = v1223[0];
let v181 = u32(8);
let v184 = u32(4);
let v185 = v1224 / v184;
let v187 = v1224 % v184;
let v1183 = &shared_v188;
let v193 = v185 * v184;
let v194 = v193 + v187;
let v196 = v184 * v194;
let v198 = v196 / v58;
let v215 = v198 + v58;
var<function> v1184_store: u32;
let v1184 = &v1184_store;
*v1184 = v184;
var<function> v1185_store: u32;
let v1185 = &v1185_store;
*v1185 = v149;
var<function> v1186_store: u32;
let v1186 = &v1186_store;
*v1186 = v184;
var<function> v1187_store: u32;
let v1187 = &v1187_store;
*v1187 = v68;
var<function> v1188_store: u32;
let v1188 = &v1188_store;
*v1188 = v184;
var<function> v1189_store: u32;
let v1189 = &v1189_store;
*v1189 = v184;
var<function> v1190_store: u32;
let v1190 = &v1190_store;
*v1190 = v164;
var<function> v1191_store: u32;
let v1191 = &v1191_store;
*v1191 = v68;
var<function> v1192_store: u32;
let v1192 = &v1192_store;
*v1192 = v198;
var<function> v1193_store: u32;
let v1193 = &v1193_store;
*v1193 = v215;
var<function> v1194_store: u32;
let v1194 = &v1194_store;
*v1194 = v58;
let v244 = v6 + v184;
let v246 = v244 - v56;
let v248 = v246 / v184;
var<function> v1195_store: array<f32, 4>= array<f32, 4>();
let v1195 = &v1195_store;
let v251 = u32(4);
var<function> v1196_store: array<f32, 4>= array<f32, 4>();
let v1196 = &v1196_store;
for(var v280: u32 = v68; v280 < v184; v280 += v56) {
let v282 = u32(v280);
let v286 = &(*v1195)[v282];
let v287 = f32(0.0);
*v286 = v287;

}
let v304 = u32(32);
var<function> v1198_store: array<f32, 16>= array<f32, 16>();
let v1198 = &v1198_store;
for(var v324: u32 = v68; v324 < v248; v324 += v56) {
workgroupBarrier();
let v332 = v1224 * v58;
var<function> v1200_store: u32;
let v1200 = &v1200_store;
*v1200 = v332;
let v337 = *v1200;
let v340 = v337 < v181;
if v340 {
let v342 = v337 / v184;
let v344 = v337 % v184;
let v345 = *v1180;
let v349 = min(v345, v6);
let v357 = v342 % v58;
let v359 = v342 / v58;
let v360 = *v1187;
let v362 = v360 * v181;
let v363 = u32(v362);
let v378 = v359 * v184;
let v380 = v344 / v184;
let v382 = v344 % v184;
let v383 = v357 + v380;
let v384 = v378 + v382;
let v385 = i32(0);
let v386 = vec2<i32>(v385);
let v387 = vec2<f32>(v386);
// is_in_bounds
// is_in_bounds_end
let v389 = v349 + v384;
// is_in_bounds
// is_in_bounds_end
let v393 = v143 + v383;
let v403 = u32(v393);
let v404 = v403 * v7;
let v405 = *v1156;
let v406 = v405 + v404;
let v407 = u32(v389);
let v408 = v407 * v8;
let v409 = v406 + v408;
let v410 = u32(2);
let v411 = v409 / v410;
let v412 = v393 < v5;
let v413 = v389 < v6;
let v414 = v412 && v413;
let v419 = v411 < v1152;
let v423 = u32(v419);
let v424 = v411 * v423;
let v428 = &(*v1288)[v424];
let v429 = *v428;
let v430 = vec2<bool>(v419);
let v431 = select(v387, v429, v430);
let v432 = vec2<bool>(v414);
let v433 = select(v387, v431, v432);
let v434 = u32(v337);
let v436 = v434 / v410;
let v439 = v363 + v436;
let v440 = &(*v1179)[v439];
*v440 = v433;

}
var<function> v1201_store: u32;
let v1201 = &v1201_store;
*v1201 = v332;
let v452 = *v1201;
let v455 = v452 / v62;
let v457 = v452 % v62;
let v458 = *v1182;
let v460 = min(v458, v162);
let v470 = v455 / v184;
let v472 = v455 % v184;
let v473 = *v1191;
let v475 = v473 * v304;
let v476 = u32(v475);
let v489 = v470 * v184;
let v491 = v472 * v184;
let v493 = v457 / v184;
let v495 = v457 % v184;
let v496 = v489 + v493;
let v497 = v491 + v495;
let v498 = i32(0);
let v499 = vec2<i32>(v498);
let v500 = vec2<f32>(v499);
// is_in_bounds
// is_in_bounds_end
let v501 = v460 + v496;
// is_in_bounds
// is_in_bounds_end
let v507 = v159 + v497;
let v516 = u32(v501);
let v517 = v516 * v19;
let v518 = *v1164;
let v519 = v518 + v517;
let v520 = u32(v507);
let v521 = v520 * v20;
let v522 = v519 + v521;
let v523 = u32(2);
let v524 = v522 / v523;
let v525 = v501 < v17;
let v526 = v507 < v18;
let v527 = v525 && v526;
let v532 = v524 < v1153;
let v536 = u32(v532);
let v537 = v524 * v536;
let v541 = &(*v1287)[v537];
let v542 = *v541;
let v543 = vec2<bool>(v532);
let v544 = select(v500, v542, v543);
let v545 = vec2<bool>(v527);
let v546 = select(v500, v544, v545);
let v547 = u32(v452);
let v549 = v547 / v523;
let v552 = v476 + v549;
let v553 = &(*v1181)[v552];
*v553 = v546;
let v558 = v452 + v62;
let v560 = v558 / v62;
let v562 = v558 % v62;
let v575 = v560 / v184;
let v577 = v560 % v184;
let v594 = v575 * v184;
let v596 = v577 * v184;
let v598 = v562 / v184;
let v600 = v562 % v184;
let v601 = v594 + v598;
let v602 = v596 + v600;
// is_in_bounds
// is_in_bounds_end
let v606 = v460 + v601;
// is_in_bounds
// is_in_bounds_end
let v612 = v159 + v602;
let v621 = u32(v606);
let v622 = v621 * v19;
let v624 = v518 + v622;
let v625 = u32(v612);
let v626 = v625 * v20;
let v627 = v624 + v626;
let v629 = v627 / v523;
let v630 = v606 < v17;
let v631 = v612 < v18;
let v632 = v630 && v631;
let v637 = v629 < v1153;
let v641 = u32(v637);
let v642 = v629 * v641;
let v646 = &(*v1287)[v642];
let v647 = *v646;
let v648 = vec2<bool>(v637);
let v649 = select(v500, v647, v648);
let v650 = vec2<bool>(v632);
let v651 = select(v500, v649, v650);
let v652 = u32(v558);
let v654 = v652 / v523;
let v657 = v476 + v654;
let v658 = &(*v1181)[v657];
*v658 = v651;
let v663 = v452 + v304;
let v665 = v663 / v62;
let v667 = v663 % v62;
let v680 = v665 / v184;
let v682 = v665 % v184;
let v699 = v680 * v184;
let v701 = v682 * v184;
let v703 = v667 / v184;
let v705 = v667 % v184;
let v706 = v699 + v703;
let v707 = v701 + v705;
// is_in_bounds
// is_in_bounds_end
let v711 = v460 + v706;
// is_in_bounds
// is_in_bounds_end
let v717 = v159 + v707;
let v726 = u32(v711);
let v727 = v726 * v19;
let v729 = v518 + v727;
let v730 = u32(v717);
let v731 = v730 * v20;
let v732 = v729 + v731;
let v734 = v732 / v523;
let v735 = v711 < v17;
let v736 = v717 < v18;
let v737 = v735 && v736;
let v742 = v734 < v1153;
let v746 = u32(v742);
let v747 = v734 * v746;
let v751 = &(*v1287)[v747];
let v752 = *v751;
let v753 = vec2<bool>(v742);
let v754 = select(v500, v752, v753);
let v755 = vec2<bool>(v737);
let v756 = select(v500, v754, v755);
let v757 = u32(v663);
let v759 = v757 / v523;
let v762 = v476 + v759;
let v763 = &(*v1181)[v762];
*v763 = v756;
let v1267 = u32(48);
let v768 = v452 + v1267;
let v770 = v768 / v62;
let v772 = v768 % v62;
let v785 = v770 / v184;
let v787 = v770 % v184;
let v804 = v785 * v184;
let v806 = v787 * v184;
let v808 = v772 / v184;
let v810 = v772 % v184;
let v811 = v804 + v808;
let v812 = v806 + v810;
// is_in_bounds
// is_in_bounds_end
let v816 = v460 + v811;
// is_in_bounds
// is_in_bounds_end
let v822 = v159 + v812;
let v831 = u32(v816);
let v832 = v831 * v19;
let v834 = v518 + v832;
let v835 = u32(v822);
let v836 = v835 * v20;
let v837 = v834 + v836;
let v839 = v837 / v523;
let v840 = v816 < v17;
let v841 = v822 < v18;
let v842 = v840 && v841;
let v847 = v839 < v1153;
let v851 = u32(v847);
let v852 = v839 * v851;
let v856 = &(*v1287)[v852];
let v857 = *v856;
let v858 = vec2<bool>(v847);
let v859 = select(v500, v857, v858);
let v860 = vec2<bool>(v842);
let v861 = select(v500, v859, v860);
let v862 = u32(v768);
let v864 = v862 / v523;
let v867 = v476 + v864;
let v868 = &(*v1181)[v867];
*v868 = v861;
workgroupBarrier();
let v877 = v184 * v185;
let v879 = v877 / v58;
for(var v885: u32 = v68; v885 < v58; v885 += v56) {
let v891 = v879 + v885;
let v892 = u32(v891);
let v896 = &(*v1179)[v892];
let v897 = *v896;
let v898 = v897[0];
let v900 = v885 * v58;
let v907 = u32(v900);
let v911 = &(*v1196)[v907];
*v911 = v898;
let v912 = v897[1];
let v916 = v900 + v56;
let v921 = u32(v916);
let v925 = &(*v1196)[v921];
*v925 = v912;

}
let v932 = v62 * v187;
let v934 = v932 / v58;
for(var v940: u32 = v68; v940 < v184; v940 += v56) {
for(var v945: u32 = v68; v945 < v58; v945 += v56) {
let v948 = v940 * v58;
let v949 = v948 + v945;
let v950 = v934 + v949;
let v951 = u32(v950);
let v955 = &(*v1181)[v951];
let v956 = *v955;
let v957 = v956[0];
let v959 = v940 * v184;
let v961 = v945 * v58;
let v962 = v959 + v961;
let v965 = u32(v962);
let v969 = &(*v1198)[v965];
*v969 = v957;
let v970 = v956[1];
let v977 = v962 + v56;
let v978 = u32(v977);
let v982 = &(*v1198)[v978];
*v982 = v970;

}

}
let v985 = u32(1);
for(var v986: u32 = v11; v986 < v251; v986 += v985) {
let v995 = &(*v1196)[v986];
let v996 = *v995;
for(var v1000: u32 = v11; v1000 < v251; v1000 += v985) {
let v1003 = v986 * v251;
let v1004 = v1003 + v1000;
let v1008 = &(*v1198)[v1004];
let v1009 = *v1008;
let v1018 = &(*v1195)[v1000];
let v1019 = *v1018;
let v1285 = fma(v996, v1009, v1019);
*v1018 = v1285;

}

}
let v1021 = *v1180;
let v1023 = *v1184;
let v1024 = v1021 + v1023;
*v1180 = v1024;
let v1025 = *v1182;
let v1027 = *v1188;
let v1028 = v1025 + v1027;
*v1182 = v1028;

}
workgroupBarrier();
var<function> v1207_store: u32;
let v1207 = &v1207_store;
let v1032 = *v1192;
*v1207 = v1032;
var<function> v1208_store: u32;
let v1208 = &v1208_store;
let v1034 = *v1193;
*v1208 = v1034;
var<function> v1209_store: u32;
let v1209 = &v1209_store;
let v1036 = *v1194;
*v1209 = v1036;
var<function> v1210_store: u32;
let v1210 = &v1210_store;
let v1042 = *v1207;
*v1210 = v1042;
var<function> v1211_store: u32;
let v1211 = &v1211_store;
let v1044 = *v1208;
*v1211 = v1044;
var<function> v1212_store: u32;
let v1212 = &v1212_store;
let v1046 = *v1209;
*v1212 = v1046;
var<function> v1213_store: u32;
let v1213 = &v1213_store;
let v1048 = *v1210;
*v1213 = v1048;
var<function> v1214_store: u32;
let v1214 = &v1214_store;
let v1050 = *v1211;
*v1214 = v1050;
var<function> v1215_store: u32;
let v1215 = &v1215_store;
let v1052 = *v1212;
*v1215 = v1052;
for(var v1057: u32 = v68; v1057 < v58; v1057 += v56) {
let v1059 = *v1213;
let v1060 = v1059 + v1057;
let v1061 = f32(0.0);
let v1062 = vec2<f32>(v1061);
var<function> v1217_store: vec2<f32>;
let v1217 = &v1217_store;
*v1217 = v1062;
var<function> v1218_store: vec2<f32>;
let v1218 = &v1218_store;
let v1065 = *v1217;
*v1218 = v1065;
let v1067 = v1057 * v58;
let v1070 = u32(v1067);
let v1074 = &(*v1195)[v1070];
let v1075 = *v1074;
let v1076 = *v1218;
let v1077 = vec2<f32>(v1075, v1076[1]);
*v1218 = v1077;
let v1081 = v1067 + v56;
let v1082 = u32(v1081);
let v1086 = &(*v1195)[v1082];
let v1087 = *v1086;
let v1088 = *v1218;
let v1089 = vec2<f32>(v1088[0], v1087);
*v1218 = v1089;
let v1090 = *v1218;
let v1091 = u32(v1060);
let v1095 = &(*v1183)[v1091];
*v1095 = v1090;

}
let v1100 = u32(2);
for(var v1106: u32 = v68; v1106 < v58; v1106 += v56) {
let v1108 = *v1192;
let v1109 = v1108 + v1106;
let v1110 = u32(v1109);
let v1114 = &(*v1183)[v1110];
let v1115 = *v1114;
let v1118 = v1106 * v58;
let v1122 = v187 * v184;
let v1124 = v1118 / v184;
let v1126 = v1118 % v184;
let v1127 = v185 + v1124;
let v1128 = v1122 + v1126;
// is_in_bounds
// is_in_bounds_end
let v1129 = v171 + v1127;
let v1130 = v172 + v1128;
let v1133 = u32(v1129);
let v1134 = v1133 * v27;
let v1135 = *v1172;
let v1136 = v1135 + v1134;
let v1137 = u32(v1130);
let v1138 = v1137 * v28;
let v1139 = v1136 + v1138;
let v1141 = v1139 / v1100;
let v1142 = v1129 < v25;
let v1143 = v1130 < v26;
let v1144 = v1142 && v1143;
if v1144 {
let v1146 = v1141 < v1154;
if v1146 {
let v1150 = &(*v1286)[v1141];
*v1150 = v1115;

}

}

}
return;

}

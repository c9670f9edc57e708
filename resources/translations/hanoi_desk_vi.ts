<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AgencyDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="146" />
        <source>Edit agency</source>
        <translation>Sửa cơ quan, đơn vị</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="146" />
        <source>New agency</source>
        <translation>Thêm cơ quan, đơn vị</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="161" />
        <source>(none)</source>
        <translation>(không)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="178" />
        <source>Name *</source>
        <translation>Tên cơ quan *</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="179" />
        <source>Short name</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="180" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="181" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="182" />
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="183" />
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="184" />
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="185" />
        <source>Portal (website)</source>
        <translation>Trang/Cổng TTĐT</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="186" />
        <source>Active from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="187" />
        <source>Active until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="188" />
        <source>Merged into</source>
        <translation>Sáp nhập vào</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="189" />
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="193" />
        <source>Licensed news site / social network</source>
        <translation>Trang TTĐT tổng hợp / mạng xã hội được cấp phép</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="196" />
        <source>Licence number</source>
        <translation>Số giấy phép</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="197" />
        <source>Licence date</source>
        <translation>Ngày cấp phép</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="198" />
        <source>Issued by</source>
        <translation>Cơ quan cấp phép</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="199" />
        <source>Monthly visits / members</source>
        <translation>Lượt truy cập / thành viên mỗi tháng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="200" />
        <source>Hanoi column (URL)</source>
        <translation>Chuyên mục về Hà Nội (đường dẫn)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="210" />
        <source>Add focal point</source>
        <translation>Thêm người đầu mối</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="211" />
        <source>Add monitoring staff</source>
        <translation>Thêm nhân sự giám sát</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="212" />
        <source>Remove contact</source>
        <translation>Xóa người liên hệ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="217" />
        <source>Contacts</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="228" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="229" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="231" />
        <source>Reload from database</source>
        <translation>Tải lại bản mới nhất</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="353" />
        <source>Reloaded the latest version. Your values, to re-apply:</source>
        <translation>Đã tải lại bản mới nhất. Giá trị anh/chị đã nhập, để nhập lại:</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="398" />
        <source>Discard changes?</source>
        <translation>Bỏ thay đổi?</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="399" />
        <source>You have unsaved changes. Close without saving?</source>
        <translation>Có thay đổi chưa lưu. Đóng mà không lưu?</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="69" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="69" />
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="69" />
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="69" />
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="70" />
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
</context>
<context>
    <name>EndAgencyDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="415" />
        <source>End agency</source>
        <translation>Kết thúc hoạt động</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="420" />
        <source>(abolished, no successor)</source>
        <translation>(giải thể, không có đơn vị tiếp nhận)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="428" />
        <source>Last day of activity</source>
        <translation>Ngày hoạt động cuối cùng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="429" />
        <source>Merged into</source>
        <translation>Sáp nhập vào</translation>
    </message>
</context>
<context>
    <name>FanpageDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="169" />
        <source>Edit page</source>
        <translation>Sửa trang</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="169" />
        <source>New page</source>
        <translation>Thêm trang</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="178" />
        <source>(from the address)</source>
        <translation>(theo đường dẫn)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="188" />
        <source>Official page of the agency</source>
        <translation>Trang chính thức của cơ quan</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="200" />
        <source>Agency *</source>
        <translation>Cơ quan, đơn vị *</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="201" />
        <source>Address (URL) *</source>
        <translation>Đường dẫn (URL) *</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="202" />
        <source>Platform</source>
        <translation>Nền tảng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="203" />
        <source>Page name *</source>
        <translation>Tên trang *</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="204" />
        <source>ID on the platform</source>
        <translation>ID trên nền tảng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="205" />
        <source>Followers</source>
        <translation>Người theo dõi</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="206" />
        <source>Counted on</source>
        <translation>Ngày thống kê</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="208" />
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="215" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="216" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="260" />
        <source>Paste the address of the page; any shape of it is understood.</source>
        <translation>Dán đường dẫn của trang; dạng nào cũng được (m., www., có tham số theo dõi…).</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="268" />
        <source>Will be stored as: %1 (%2)</source>
        <translation>Sẽ lưu là: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>FanpageTab</name>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="111" />
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="141" />
        <source>Agency</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="112" />
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="157" />
        <source>Platform</source>
        <translation>Nền tảng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="113" />
        <source>Page name</source>
        <translation>Tên trang</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="115" />
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="158" />
        <source>Link</source>
        <translation>Đường dẫn</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="118" />
        <source>Double-click the address or press Ctrl+O to open it in the browser</source>
        <translation>Nhấp đúp vào đường dẫn hoặc bấm Ctrl+O để mở trong trình duyệt</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="121" />
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="144" />
        <source>Official</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="127" />
        <source>Verification</source>
        <translation>Xác thực</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="131" />
        <source>Since</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="132" />
        <source>Letter number</source>
        <translation>Số công văn</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="133" />
        <source>Followers</source>
        <translation>Người theo dõi</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="134" />
        <source>Counted on</source>
        <translation>Ngày thống kê</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="135" />
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="142" />
        <source>Kind of agency</source>
        <translation>Loại cơ quan</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="136" />
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="143" />
        <source>Pages</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="145" />
        <source>Verified</source>
        <translation>Đã xác thực</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="147" />
        <source>Share verified</source>
        <translation>Tỷ lệ đã xác thực</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="156" />
        <source>Suspected page</source>
        <translation>Trang nghi mạo danh</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="159" />
        <source>Agency imitated</source>
        <translation>Cơ quan bị mạo danh</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="161" />
        <source>Official page imitated</source>
        <translation>Trang chính thức bị mạo danh</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="164" />
        <source>Found by comparing names (%1% alike)</source>
        <translation>Tìm thấy khi so tên (giống %1%)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="169" />
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="170" />
        <source>Found on</source>
        <translation>Ngày phát hiện</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="171" />
        <source>Reported on</source>
        <translation>Ngày báo cáo nền tảng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="172" />
        <source>Evidence</source>
        <translation>Chứng cứ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="177" />
        <source>Search by agency, page name, address… (Ctrl+F)</source>
        <translation>Tìm theo cơ quan, tên trang, đường dẫn… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="180" />
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="426" />
        <source>All agencies</source>
        <translation>Tất cả cơ quan</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="183" />
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="187" />
        <source>All platforms</source>
        <translation>Tất cả nền tảng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="191" />
        <source>All states</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="192" />
        <source>Not an official page</source>
        <translation>Không phải trang chính thức</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="219" />
        <source>&amp;New page</source>
        <translation>&amp;Thêm trang</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="220" />
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="221" />
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="222" />
        <source>&amp;Open in browser</source>
        <translation>&amp;Mở trong trình duyệt</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="223" />
        <source>Propose verification…</source>
        <translation>Đề nghị xác thực…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="226" />
        <source>Write the official letter asking the platforms to verify the selected official pages (Ctrl+P)</source>
        <translation>Lập công văn đề nghị nền tảng xác thực các trang chính thức đã chọn (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="231" />
        <source>Sent to the platform…</source>
        <translation>Đã gửi nền tảng…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="232" />
        <source>Verified…</source>
        <translation>Đã xác thực…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="233" />
        <source>Refused…</source>
        <translation>Bị từ chối…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="234" />
        <source>Lost the badge…</source>
        <translation>Mất tick xanh…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="235" />
        <source>Proposed by an existing letter…</source>
        <translation>Đã đề nghị bằng công văn có sẵn…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="237" />
        <source>&amp;History…</source>
        <translation>&amp;Lịch sử…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="238" />
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Nhập từ Excel…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="239" />
        <source>E&amp;xport to Excel…</source>
        <translation>&amp;Xuất ra Excel…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="240" />
        <source>&amp;Reload</source>
        <translation>Tải &amp;lại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="241" />
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="242" />
        <source>New suspected page…</source>
        <translation>Thêm trang nghi mạo danh…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="243" />
        <source>Edit suspected page…</source>
        <translation>Sửa trang nghi mạo danh…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="244" />
        <source>Check names of the whole registry</source>
        <translation>So tên toàn bộ danh sách</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="246" />
        <source>Reported to the platform</source>
        <translation>Đã báo cáo nền tảng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="247" />
        <source>Removed by the platform</source>
        <translation>Đã bị gỡ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="248" />
        <source>Not an impersonator</source>
        <translation>Không phải mạo danh</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="250" />
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="792" />
        <source>Delete suspected page</source>
        <translation>Xóa trang nghi mạo danh</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="252" />
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="258" />
        <source>Record a step</source>
        <translation>Ghi nhận bước</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="288" />
        <source>Agency:</source>
        <translation>Cơ quan:</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="289" />
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="290" />
        <source>Platform:</source>
        <translation>Nền tảng:</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="291" />
        <source>Verification:</source>
        <translation>Xác thực:</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="313" />
        <source>Page list</source>
        <translation>Danh sách trang</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="314" />
        <source>By agency</source>
        <translation>Theo cơ quan</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="315" />
        <source>Impersonating pages</source>
        <translation>Trang mạo danh</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="483" />
        <source>Showing %1 of %2 pages — %3 official, %4 verified (%5)</source>
        <translation>Đang hiện %1/%2 trang — %3 trang chính thức, %4 đã xác thực (%5)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="494" />
        <source>; %1 suspected impersonating page(s) not yet removed</source>
        <translation>; %1 trang nghi mạo danh chưa bị gỡ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="499" />
        <source> — %1 selected</source>
        <translation> — đã chọn %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="502" />
        <source>Impersonating pages (%1)</source>
        <translation>Trang mạo danh (%1)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="619" />
        <source>Cannot open</source>
        <translation>Không mở được</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="632" />
        <source>Similar page names</source>
        <translation>Tên trang gần giống</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="643" />
        <source>Delete pages</source>
        <translation>Xóa trang</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="644" />
        <source>Delete %1 page(s) and their verification history? This cannot be undone.</source>
        <translation>Xóa %1 trang cùng lịch sử xác thực? Không thể hoàn tác.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="658" />
        <source>Cannot delete</source>
        <translation>Không xóa được</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="690" />
        <source>Propose verification</source>
        <translation>Đề nghị xác thực</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="692" />
        <source>No official page here can be proposed: select official pages that are not requested yet, refused, or that lost their badge.</source>
        <translation>Không có trang chính thức nào ở đây để đề nghị: hãy chọn trang chính thức chưa đề nghị, bị từ chối hoặc đã mất tick xanh.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="707" />
        <source>Save the proposal letter</source>
        <translation>Lưu công văn đề nghị</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="709" />
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="730" />
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="896" />
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="733" />
        <source>The letter was not written</source>
        <translation>Chưa lập được công văn</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="739" />
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="910" />
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="757" />
        <source>Likely imitation</source>
        <translation>Nghi mạo danh</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="759" />
        <source>“%1” looks like the official page “%2” of %3 (%4% alike); it was recorded as the page imitated.</source>
        <translation>“%1” giống trang chính thức “%2” của %3 (giống %4%); đã ghi nhận là trang bị mạo danh.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="783" />
        <source>Cannot change the status</source>
        <translation>Không đổi được tình trạng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="794" />
        <source>Delete “%1” from the register? To keep the record, mark it “Not an impersonator” instead.</source>
        <translation>Xóa “%1” khỏi danh sách? Muốn giữ hồ sơ, hãy đánh dấu “Không phải mạo danh”.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="807" />
        <source>Check failed</source>
        <translation>Không so được</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="820" />
        <source>Import pages from Excel</source>
        <translation>Nhập danh sách trang từ Excel</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="820" />
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="862" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="833" />
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="835" />
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="845" />
        <source>Import failed</source>
        <translation>Nhập không thành công</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="849" />
        <source>Imported: %1 added, %2 updated</source>
        <translation>Đã nhập: %1 thêm mới, %2 cập nhật</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="860" />
        <source>Export the pages to Excel</source>
        <translation>Xuất danh sách trang ra Excel</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_tab.py" line="898" />
        <source>Export failed</source>
        <translation>Xuất không thành công</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="442" />
        <source>Verification history — %1</source>
        <translation>Lịch sử xác thực — %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="447" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="448" />
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="449" />
        <source>Letter number</source>
        <translation>Số công văn</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="450" />
        <source>Reason / note</source>
        <translation>Lý do / ghi chú</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="451" />
        <source>Recorded by</source>
        <translation>Người ghi</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="456" />
        <source>Registered on %1. Current state: %2.</source>
        <translation>Đăng ký ngày %1. Trạng thái hiện tại: %2.</translation>
    </message>
</context>
<context>
    <name>ImpersonatorDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="484" />
        <source>Edit suspected page</source>
        <translation>Sửa trang nghi mạo danh</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="484" />
        <source>New suspected page</source>
        <translation>Thêm trang nghi mạo danh</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="489" />
        <source>(from the address)</source>
        <translation>(theo đường dẫn)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="494" />
        <source>(find by name)</source>
        <translation>(tự tìm theo tên)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="507" />
        <source>Address (URL) *</source>
        <translation>Đường dẫn (URL) *</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="508" />
        <source>Page name *</source>
        <translation>Tên trang *</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="509" />
        <source>Platform</source>
        <translation>Nền tảng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="510" />
        <source>Agency imitated</source>
        <translation>Cơ quan bị mạo danh</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="511" />
        <source>Official page imitated</source>
        <translation>Trang chính thức bị mạo danh</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="512" />
        <source>Found on</source>
        <translation>Ngày phát hiện</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="513" />
        <source>Reported on</source>
        <translation>Ngày báo cáo nền tảng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="514" />
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="515" />
        <source>Evidence</source>
        <translation>Chứng cứ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="522" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="523" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/import_dialog.py" line="29" />
        <source>Import preview — %1</source>
        <translation>Xem trước khi nhập — %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/import_dialog.py" line="36" />
        <source>%1 to add, %2 to update, %3 unchanged. Nothing is written until you press Import.</source>
        <translation>%1 thêm mới, %2 cập nhật, %3 không đổi. Chưa có gì được ghi cho đến khi bấm Nhập.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/import_dialog.py" line="41" />
        <source>The file has %1 problem(s). Nothing will be imported: correct the file and try again.</source>
        <translation>Tệp có %1 lỗi. Không dòng nào được nhập: hãy sửa tệp rồi nhập lại.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/import_dialog.py" line="53" />
        <source>To add (%1)</source>
        <translation>Thêm mới (%1)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/import_dialog.py" line="54" />
        <source>To update (%1)</source>
        <translation>Cập nhật (%1)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/import_dialog.py" line="55" />
        <source>Rejected (%1)</source>
        <translation>Lỗi (%1)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/import_dialog.py" line="62" />
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/import_dialog.py" line="64" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="27" />
        <source>Hanoi Desk — coordination office</source>
        <translation>Hanoi Desk — đầu mối điều phối</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="30" />
        <source>Agencies</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="33" />
        <source>Fanpages</source>
        <translation>Fanpage</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="37" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="41" />
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="45" />
        <source>E&amp;xit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="48" />
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="52" />
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="53" />
        <source>&amp;About Hanoi Desk</source>
        <translation>&amp;Giới thiệu Hanoi Desk</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="87" />
        <source>About Hanoi Desk</source>
        <translation>Giới thiệu Hanoi Desk</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="89" />
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="91" />
        <source>PDF font: Times New Roman where the system has it, otherwise the bundled Liberation Serif (SIL Open Font License 1.1).</source>
        <translation>Phông chữ PDF: Times New Roman nếu máy có, nếu không thì Liberation Serif đi kèm (giấy phép SIL Open Font License 1.1).</translation>
    </message>
</context>
<context>
    <name>NameCheckDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="583" />
        <source>Look-alike names</source>
        <translation>Tên gần giống</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="586" />
        <source>Similarity</source>
        <translation>Độ giống</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="590" />
        <source>Suspected page</source>
        <translation>Trang nghi mạo danh</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="591" />
        <source>Looks like</source>
        <translation>Giống trang</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="592" />
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="601" />
        <source>Agency</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="600" />
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="602" />
        <source>Close to</source>
        <translation>Gần giống</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="603" />
        <source>Of agency</source>
        <translation>Của cơ quan</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="609" />
        <source>Likely imitators (%1)</source>
        <translation>Nghi mạo danh (%1)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="613" />
        <source>Confusable pages of different agencies (%1)</source>
        <translation>Trang của các cơ quan khác nhau dễ nhầm (%1)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="617" />
        <source>Names are compared without diacritics, abbreviations (UBND, P., TP) expanded and words such as “fanpage” or “chính thức” ignored. A suspected page that names no imitated page now has its best match recorded.</source>
        <translation>Tên được so không dấu, chữ viết tắt (UBND, P., TP) được viết đầy đủ, bỏ qua các từ như “fanpage”, “chính thức”. Trang nghi mạo danh chưa ghi trang bị mạo danh nay được ghi trang giống nhất.</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="379" />
        <source>Propose verification</source>
        <translation>Đề nghị xác thực</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="384" />
        <source>The official letter asking the platforms to verify %1 page(s) of %2 agency(ies). The pages are marked “proposed” with the letter's number and date.</source>
        <translation>Công văn đề nghị nền tảng xác thực %1 trang của %2 cơ quan, đơn vị. Các trang được ghi nhận “Đã đề nghị” với số và ngày của công văn.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="394" />
        <source>Agency</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="395" />
        <source>Platform</source>
        <translation>Nền tảng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="396" />
        <source>Page name</source>
        <translation>Tên trang</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="397" />
        <source>Link</source>
        <translation>Đường dẫn</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="409" />
        <source>Letter number</source>
        <translation>Số công văn</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="410" />
        <source>Symbol</source>
        <translation>Ký hiệu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="411" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="416" />
        <source>Write the letter…</source>
        <translation>Lập công văn…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="417" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="70" />
        <source>Name</source>
        <translation>Tên cơ quan</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="71" />
        <source>Short name</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="72" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="73" />
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="74" />
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="75" />
        <source>Focal point</source>
        <translation>Người đầu mối</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="76" />
        <source>Focal point's phone</source>
        <translation>ĐT người đầu mối</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="77" />
        <source>Contacts</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="79" />
        <source>Active from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="80" />
        <source>Active until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="81" />
        <source>Merged into</source>
        <translation>Sáp nhập vào</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="82" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="87" />
        <source>Search by name, short name, contact… (Ctrl+F)</source>
        <translation>Tìm theo tên, tên viết tắt, người liên hệ… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="90" />
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="96" />
        <source>Show all, including merged and abolished units</source>
        <translation>Hiện tất cả, kể cả đơn vị đã sáp nhập, giải thể</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="116" />
        <source>&amp;New agency</source>
        <translation>&amp;Thêm mới</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="117" />
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="118" />
        <source>E&amp;nd (merge or abolish)…</source>
        <translation>&amp;Kết thúc hoạt động…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="119" />
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="120" />
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Nhập từ Excel…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="121" />
        <source>E&amp;xport to Excel…</source>
        <translation>&amp;Xuất ra Excel…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="122" />
        <source>&amp;Reload</source>
        <translation>Tải &amp;lại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="123" />
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="139" />
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="141" />
        <source>Active on:</source>
        <translation>Hiệu lực ngày:</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="218" />
        <source>Showing %1 of %2 agencies</source>
        <translation>Hiển thị %1 / %2 cơ quan, đơn vị</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="221" />
        <source> — %1 selected</source>
        <translation> — đã chọn %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="297" />
        <source>Cannot open</source>
        <translation>Không mở được</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="314" />
        <source>Cannot end the agency</source>
        <translation>Không kết thúc được</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="323" />
        <source>Delete agencies</source>
        <translation>Xóa cơ quan, đơn vị</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="324" />
        <source>Delete %1 agency(ies)? This cannot be undone.
To record a merger or abolition, use “End” instead.</source>
        <translation>Xóa %1 cơ quan, đơn vị? Không thể hoàn tác.
Nếu đơn vị sáp nhập hoặc giải thể, hãy dùng “Kết thúc hoạt động”.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="340" />
        <source>Some agencies were not deleted</source>
        <translation>Một số đơn vị không xóa được</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="346" />
        <source>Import agencies from Excel</source>
        <translation>Nhập danh sách cơ quan từ Excel</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="346" />
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="384" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="358" />
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="360" />
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="370" />
        <source>Import failed</source>
        <translation>Nhập không thành công</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="373" />
        <source>Imported: %1 added, %2 updated</source>
        <translation>Đã nhập: %1 thêm mới, %2 cập nhật</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="383" />
        <source>Export the roster to Excel</source>
        <translation>Xuất danh sách cơ quan ra Excel</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="399" />
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="401" />
        <source>Export failed</source>
        <translation>Xuất không thành công</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="406" />
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/settings_dialog.py" line="34" />
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings_dialog.py" line="36" />
        <source>Coordinating office (shared by every workstation)</source>
        <translation>Cơ quan đầu mối (dùng chung cho mọi máy)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings_dialog.py" line="39" />
        <source>Parent body</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings_dialog.py" line="40" />
        <source>Office name</source>
        <translation>Tên cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings_dialog.py" line="41" />
        <source>Office symbol</source>
        <translation>Ký hiệu cơ quan</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings_dialog.py" line="42" />
        <source>Place name</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings_dialog.py" line="43" />
        <source>Signing authority (e.g. KT. GIÁM ĐỐC)</source>
        <translation>Thẩm quyền ký (ví dụ KT. GIÁM ĐỐC)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings_dialog.py" line="44" />
        <source>Signer's title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings_dialog.py" line="45" />
        <source>Signer's name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings_dialog.py" line="46" />
        <source>Staff name (recorded on changes)</source>
        <translation>Tên cán bộ (ghi vào lịch sử thay đổi)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings_dialog.py" line="59" />
        <source>This workstation</source>
        <translation>Máy này</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings_dialog.py" line="64" />
        <source>Language (after restart)</source>
        <translation>Ngôn ngữ (sau khi mở lại)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings_dialog.py" line="68" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings_dialog.py" line="69" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="301" />
        <source>Verification: %1</source>
        <translation>Xác thực: %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="309" />
        <source>%1 page(s) will be marked “%2”:</source>
        <translation>%1 trang sẽ được ghi nhận “%2”:</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="325" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="327" />
        <source>Letter number</source>
        <translation>Số công văn</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="335" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="337" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpage_dialogs.py" line="344" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../hanoi_desk/ui/tasks.py" line="51" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/tasks.py" line="74" />
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <location filename="../../hanoi_desk/ui/application.py" line="53" />
        <source>The database could not be opened:</source>
        <translation>Không mở được cơ sở dữ liệu:</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message numerus="yes">
        <location filename="../../hanoi_desk/ui/messages.py" line="16" />
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… và %n lỗi khác.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/messages.py" line="22" />
        <source>The file could not be used</source>
        <translation>Không dùng được tệp</translation>
    </message>
</context>
</TS>
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
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="432" />
        <source>End agency</source>
        <translation>Kết thúc hoạt động</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="437" />
        <source>(abolished, no successor)</source>
        <translation>(giải thể, không có đơn vị tiếp nhận)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="445" />
        <source>Last day of activity</source>
        <translation>Ngày hoạt động cuối cùng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="446" />
        <source>Merged into</source>
        <translation>Sáp nhập vào</translation>
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
        <location filename="../../hanoi_desk/ui/main_window.py" line="26" />
        <source>Hanoi Desk — coordination office</source>
        <translation>Hanoi Desk — đầu mối điều phối</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="29" />
        <source>Agencies</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="33" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="37" />
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="41" />
        <source>E&amp;xit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="44" />
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="48" />
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="49" />
        <source>&amp;About Hanoi Desk</source>
        <translation>&amp;Giới thiệu Hanoi Desk</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="81" />
        <source>About Hanoi Desk</source>
        <translation>Giới thiệu Hanoi Desk</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="83" />
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="85" />
        <source>PDF font: Times New Roman where the system has it, otherwise the bundled Liberation Serif (SIL Open Font License 1.1).</source>
        <translation>Phông chữ PDF: Times New Roman nếu máy có, nếu không thì Liberation Serif đi kèm (giấy phép SIL Open Font License 1.1).</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="68" />
        <source>Name</source>
        <translation>Tên cơ quan</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="69" />
        <source>Short name</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="70" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="71" />
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="72" />
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="73" />
        <source>Focal point</source>
        <translation>Người đầu mối</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="74" />
        <source>Focal point's phone</source>
        <translation>ĐT người đầu mối</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="75" />
        <source>Contacts</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="77" />
        <source>Active from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="78" />
        <source>Active until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="79" />
        <source>Merged into</source>
        <translation>Sáp nhập vào</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="80" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="85" />
        <source>Search by name, short name, contact… (Ctrl+F)</source>
        <translation>Tìm theo tên, tên viết tắt, người liên hệ… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="88" />
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="94" />
        <source>Show all, including merged and abolished units</source>
        <translation>Hiện tất cả, kể cả đơn vị đã sáp nhập, giải thể</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="114" />
        <source>&amp;New agency</source>
        <translation>&amp;Thêm mới</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="115" />
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="116" />
        <source>E&amp;nd (merge or abolish)…</source>
        <translation>&amp;Kết thúc hoạt động…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="117" />
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="118" />
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Nhập từ Excel…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="119" />
        <source>E&amp;xport to Excel…</source>
        <translation>&amp;Xuất ra Excel…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="120" />
        <source>&amp;Reload</source>
        <translation>Tải &amp;lại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="121" />
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="137" />
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="139" />
        <source>Active on:</source>
        <translation>Hiệu lực ngày:</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="216" />
        <source>Showing %1 of %2 agencies</source>
        <translation>Hiển thị %1 / %2 cơ quan, đơn vị</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="219" />
        <source> — %1 selected</source>
        <translation> — đã chọn %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="295" />
        <source>Cannot open</source>
        <translation>Không mở được</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="312" />
        <source>Cannot end the agency</source>
        <translation>Không kết thúc được</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="321" />
        <source>Delete agencies</source>
        <translation>Xóa cơ quan, đơn vị</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="322" />
        <source>Delete %1 agency(ies)? This cannot be undone.
To record a merger or abolition, use “End” instead.</source>
        <translation>Xóa %1 cơ quan, đơn vị? Không thể hoàn tác.
Nếu đơn vị sáp nhập hoặc giải thể, hãy dùng “Kết thúc hoạt động”.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="338" />
        <source>Some agencies were not deleted</source>
        <translation>Một số đơn vị không xóa được</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="344" />
        <source>Import agencies from Excel</source>
        <translation>Nhập danh sách cơ quan từ Excel</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="344" />
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="399" />
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
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="373" />
        <source>Import failed</source>
        <translation>Nhập không thành công</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="371" />
        <source>Saving the imported agencies…</source>
        <translation>Đang lưu các cơ quan, đơn vị được nhập…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="379" />
        <source>Imported: %1 added, %2 updated</source>
        <translation>Đã nhập: %1 thêm mới, %2 cập nhật</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="385" />
        <source>Cancelled: nothing was written</source>
        <translation>Đã hủy: không có gì được ghi</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="398" />
        <source>Export the roster to Excel</source>
        <translation>Xuất danh sách cơ quan ra Excel</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="416" />
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="418" />
        <source>Export failed</source>
        <translation>Xuất không thành công</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="423" />
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
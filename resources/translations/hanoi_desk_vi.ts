<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AgencyDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="149" />
        <source>Edit agency</source>
        <translation>Sửa cơ quan, đơn vị</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="149" />
        <source>New agency</source>
        <translation>Thêm cơ quan, đơn vị</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="164" />
        <source>(none)</source>
        <translation>(không)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="181" />
        <source>Name *</source>
        <translation>Tên cơ quan *</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="182" />
        <source>Short name</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="183" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="184" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="185" />
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="186" />
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="187" />
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="188" />
        <source>Portal (website)</source>
        <translation>Trang/Cổng TTĐT</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="189" />
        <source>Active from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="190" />
        <source>Active until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="191" />
        <source>Merged into</source>
        <translation>Sáp nhập vào</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="192" />
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="196" />
        <source>Licensed news site / social network</source>
        <translation>Trang TTĐT tổng hợp / mạng xã hội được cấp phép</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="199" />
        <source>Licence number</source>
        <translation>Số giấy phép</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="200" />
        <source>Licence date</source>
        <translation>Ngày cấp phép</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="201" />
        <source>Issued by</source>
        <translation>Cơ quan cấp phép</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="202" />
        <source>Monthly visits / members</source>
        <translation>Lượt truy cập / thành viên mỗi tháng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="203" />
        <source>Hanoi column (URL)</source>
        <translation>Chuyên mục về Hà Nội (đường dẫn)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="213" />
        <source>Add focal point</source>
        <translation>Thêm người đầu mối</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="214" />
        <source>Add monitoring staff</source>
        <translation>Thêm nhân sự giám sát</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="215" />
        <source>Remove contact</source>
        <translation>Xóa người liên hệ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="220" />
        <source>Contacts</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="231" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="232" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="234" />
        <source>Reload from database</source>
        <translation>Tải lại bản mới nhất</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="238" />
        <source>History…</source>
        <translation>Lịch sử…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="365" />
        <source>Reloaded the latest version. Your values, to re-apply:</source>
        <translation>Đã tải lại bản mới nhất. Giá trị anh/chị đã nhập, để nhập lại:</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="410" />
        <source>Discard changes?</source>
        <translation>Bỏ thay đổi?</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/agency_dialog.py" line="411" />
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
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="427" />
        <source>End agency</source>
        <translation>Kết thúc hoạt động</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="432" />
        <source>(abolished, no successor)</source>
        <translation>(giải thể, không có đơn vị tiếp nhận)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="440" />
        <source>Last day of activity</source>
        <translation>Ngày hoạt động cuối cùng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="441" />
        <source>Merged into</source>
        <translation>Sáp nhập vào</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../hanoi_desk/ui/history_view.py" line="43" />
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history_view.py" line="45" />
        <source>By</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history_view.py" line="46" />
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history_view.py" line="50" />
        <source>Kind of record</source>
        <translation>Loại dữ liệu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history_view.py" line="51" />
        <location filename="../../hanoi_desk/ui/history_view.py" line="54" />
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history_view.py" line="56" />
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history_view.py" line="57" />
        <source>Old value</source>
        <translation>Giá trị cũ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history_view.py" line="59" />
        <source>New value</source>
        <translation>Giá trị mới</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history_view.py" line="109" />
        <source>Search records, people, values… (Ctrl+F)</source>
        <translation>Tìm theo bản ghi, người thực hiện, giá trị… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history_view.py" line="113" />
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history_view.py" line="126" />
        <source>E&amp;xport to Excel…</source>
        <translation>&amp;Xuất ra Excel…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history_view.py" line="127" />
        <source>&amp;Reload</source>
        <translation>Tải &amp;lại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history_view.py" line="128" />
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history_view.py" line="140" />
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history_view.py" line="142" />
        <source>By:</source>
        <translation>Người thực hiện:</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history_view.py" line="146" />
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history_view.py" line="209" />
        <source>All kinds of record</source>
        <translation>Mọi loại dữ liệu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history_view.py" line="210" />
        <source>Everyone</source>
        <translation>Mọi người</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history_view.py" line="222" />
        <source>Showing %1 of %2 changes</source>
        <translation>Đang hiển thị %1 trên %2 thay đổi</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history_view.py" line="252" />
        <source>Export the history to Excel</source>
        <translation>Xuất lịch sử thay đổi ra Excel</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history_view.py" line="253" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history_view.py" line="282" />
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history_view.py" line="284" />
        <source>Export failed</source>
        <translation>Xuất không thành công</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history_view.py" line="289" />
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
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
        <location filename="../../hanoi_desk/ui/main_window.py" line="37" />
        <source>Hanoi Desk — coordination office</source>
        <translation>Hanoi Desk — đầu mối điều phối</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="40" />
        <source>Agencies</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="42" />
        <source>Change history</source>
        <translation>Lịch sử thay đổi</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="56" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="60" />
        <source>&amp;Back up…</source>
        <translation>&amp;Sao lưu…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="61" />
        <source>&amp;Restore…</source>
        <translation>&amp;Khôi phục…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="65" />
        <source>Only for a database on this computer; the server's administrator backs up a PostgreSQL database.</source>
        <translation>Chỉ dành cho cơ sở dữ liệu trên máy này; cơ sở dữ liệu PostgreSQL do người quản trị máy chủ sao lưu.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="69" />
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="73" />
        <source>E&amp;xit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="76" />
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="82" />
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="83" />
        <source>&amp;About Hanoi Desk</source>
        <translation>&amp;Giới thiệu Hanoi Desk</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="126" />
        <source>Back up the database</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="127" />
        <location filename="../../hanoi_desk/ui/main_window.py" line="144" />
        <source>Hanoi Desk backups (*.db)</source>
        <translation>Bản sao lưu Hanoi Desk (*.db)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="136" />
        <source>Backup failed</source>
        <translation>Sao lưu không thành công</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="138" />
        <source>Backed up to %1</source>
        <translation>Đã sao lưu vào %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="143" />
        <source>Restore the database from a backup</source>
        <translation>Khôi phục cơ sở dữ liệu từ bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="155" />
        <source>Cannot restore</source>
        <translation>Không khôi phục được</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="158" />
        <location filename="../../hanoi_desk/ui/main_window.py" line="181" />
        <source>Restore the database</source>
        <translation>Khôi phục cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="159" />
        <source>Replace the current data with the backup “%1” of %2?
%3

A copy of the current data is kept in the backups folder first.</source>
        <translation>Thay dữ liệu hiện tại bằng bản sao lưu “%1” lúc %2?
%3

Một bản sao của dữ liệu hiện tại sẽ được giữ trong thư mục sao lưu trước khi thay.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="171" />
        <source>Restore failed</source>
        <translation>Khôi phục không thành công</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="177" />
        <source>Restored from %1.</source>
        <translation>Đã khôi phục từ %1.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="179" />
        <source>The previous data is kept in %1.</source>
        <translation>Dữ liệu trước khi khôi phục được giữ tại %1.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="193" />
        <source>About Hanoi Desk</source>
        <translation>Giới thiệu Hanoi Desk</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="195" />
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="197" />
        <source>PDF font: Times New Roman where the system has it, otherwise the bundled Liberation Serif (SIL Open Font License 1.1).</source>
        <translation>Phông chữ PDF: Times New Roman nếu máy có, nếu không thì Liberation Serif đi kèm (giấy phép SIL Open Font License 1.1).</translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/history_view.py" line="302" />
        <source>History — %1</source>
        <translation>Lịch sử — %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history_view.py" line="312" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history_view.py" line="326" />
        <source>%1 changes; created %2 by %3.</source>
        <translation>%1 thay đổi; tạo lúc %2 bởi %3.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history_view.py" line="331" />
        <source>No change has been recorded for this record yet.</source>
        <translation>Chưa có thay đổi nào được ghi cho bản ghi này.</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="72" />
        <source>Name</source>
        <translation>Tên cơ quan</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="73" />
        <source>Short name</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="74" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="75" />
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="76" />
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="77" />
        <source>Focal point</source>
        <translation>Người đầu mối</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="78" />
        <source>Focal point's phone</source>
        <translation>ĐT người đầu mối</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="79" />
        <source>Contacts</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="81" />
        <source>Active from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="82" />
        <source>Active until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="83" />
        <source>Merged into</source>
        <translation>Sáp nhập vào</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="84" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="89" />
        <source>Search by name, short name, contact… (Ctrl+F)</source>
        <translation>Tìm theo tên, tên viết tắt, người liên hệ… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="92" />
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="98" />
        <source>Show all, including merged and abolished units</source>
        <translation>Hiện tất cả, kể cả đơn vị đã sáp nhập, giải thể</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="118" />
        <source>&amp;New agency</source>
        <translation>&amp;Thêm mới</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="119" />
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="120" />
        <source>E&amp;nd (merge or abolish)…</source>
        <translation>&amp;Kết thúc hoạt động…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="121" />
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="122" />
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Nhập từ Excel…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="123" />
        <source>E&amp;xport to Excel…</source>
        <translation>&amp;Xuất ra Excel…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="124" />
        <source>&amp;Reload</source>
        <translation>Tải &amp;lại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="125" />
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="126" />
        <source>&amp;History…</source>
        <translation>&amp;Lịch sử…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="142" />
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="144" />
        <source>Active on:</source>
        <translation>Hiệu lực ngày:</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="222" />
        <source>Showing %1 of %2 agencies</source>
        <translation>Hiển thị %1 / %2 cơ quan, đơn vị</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="225" />
        <source> — %1 selected</source>
        <translation> — đã chọn %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="309" />
        <source>Cannot open</source>
        <translation>Không mở được</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="326" />
        <source>Cannot end the agency</source>
        <translation>Không kết thúc được</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="335" />
        <source>Delete agencies</source>
        <translation>Xóa cơ quan, đơn vị</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="336" />
        <source>Delete %1 agency(ies)? This cannot be undone.
To record a merger or abolition, use “End” instead.</source>
        <translation>Xóa %1 cơ quan, đơn vị? Không thể hoàn tác.
Nếu đơn vị sáp nhập hoặc giải thể, hãy dùng “Kết thúc hoạt động”.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="352" />
        <source>Some agencies were not deleted</source>
        <translation>Một số đơn vị không xóa được</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="358" />
        <source>Import agencies from Excel</source>
        <translation>Nhập danh sách cơ quan từ Excel</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="358" />
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="396" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="370" />
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="372" />
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="382" />
        <source>Import failed</source>
        <translation>Nhập không thành công</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="385" />
        <source>Imported: %1 added, %2 updated</source>
        <translation>Đã nhập: %1 thêm mới, %2 cập nhật</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="395" />
        <source>Export the roster to Excel</source>
        <translation>Xuất danh sách cơ quan ra Excel</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="411" />
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="413" />
        <source>Export failed</source>
        <translation>Xuất không thành công</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster_tab.py" line="418" />
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/settings_dialog.py" line="42" />
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings_dialog.py" line="44" />
        <source>Coordinating office (shared by every workstation)</source>
        <translation>Cơ quan đầu mối (dùng chung cho mọi máy)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings_dialog.py" line="47" />
        <source>Parent body</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings_dialog.py" line="48" />
        <source>Office name</source>
        <translation>Tên cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings_dialog.py" line="49" />
        <source>Office symbol</source>
        <translation>Ký hiệu cơ quan</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings_dialog.py" line="50" />
        <source>Place name</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings_dialog.py" line="51" />
        <source>Signing authority (e.g. KT. GIÁM ĐỐC)</source>
        <translation>Thẩm quyền ký (ví dụ KT. GIÁM ĐỐC)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings_dialog.py" line="52" />
        <source>Signer's title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings_dialog.py" line="53" />
        <source>Signer's name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings_dialog.py" line="54" />
        <source>Staff name (recorded on changes)</source>
        <translation>Tên cán bộ (ghi vào lịch sử thay đổi)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings_dialog.py" line="67" />
        <source>This workstation</source>
        <translation>Máy này</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings_dialog.py" line="72" />
        <source>Language (after restart)</source>
        <translation>Ngôn ngữ (sau khi mở lại)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings_dialog.py" line="74" />
        <source>(the shared staff name, else the Windows user)</source>
        <translation>(tên cán bộ dùng chung, nếu không có thì tên người dùng Windows)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings_dialog.py" line="75" />
        <source>Your name (recorded on your changes)</source>
        <translation>Tên của anh/chị (ghi vào các thay đổi)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings_dialog.py" line="78" />
        <source>Daily backups to keep</source>
        <translation>Số bản sao lưu hằng ngày được giữ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings_dialog.py" line="83" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings_dialog.py" line="84" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings_dialog.py" line="94" />
        <source>Database of this workstation</source>
        <translation>Cơ sở dữ liệu của máy này</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings_dialog.py" line="96" />
        <source>This computer only (SQLite file)</source>
        <translation>Chỉ máy này (tệp SQLite)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings_dialog.py" line="97" />
        <source>Shared PostgreSQL server (several clerks)</source>
        <translation>Máy chủ PostgreSQL dùng chung (nhiều cán bộ)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings_dialog.py" line="113" />
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings_dialog.py" line="114" />
        <source>Port</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings_dialog.py" line="115" />
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings_dialog.py" line="116" />
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings_dialog.py" line="117" />
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings_dialog.py" line="126" />
        <source>Test connection</source>
        <translation>Thử kết nối</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings_dialog.py" line="133" />
        <source>The password is kept in the operating system's credential store, never in a file. A new database choice takes effect when Hanoi Desk next starts.</source>
        <translation>Mật khẩu được cất trong kho mật khẩu của hệ điều hành, không bao giờ ghi ra tệp. Lựa chọn cơ sở dữ liệu mới có hiệu lực khi mở lại Hanoi Desk.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings_dialog.py" line="162" />
        <source>Connected: %1</source>
        <translation>Đã kết nối: %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings_dialog.py" line="179" />
        <source>(kept in the credential store)</source>
        <translation>(đã cất trong kho mật khẩu)</translation>
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
    <message>
        <location filename="../../hanoi_desk/ui/application.py" line="60" />
        <source>Today's automatic backup failed:</source>
        <translation>Sao lưu tự động hôm nay không thành công:</translation>
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
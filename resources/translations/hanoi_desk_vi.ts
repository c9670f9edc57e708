<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name />
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="62" />
        <source>Repeating item</source>
        <translation>Nội dung lặp lại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="63" />
        <source>This item repeats. Apply the change to:</source>
        <translation>Nội dung này lặp lại theo định kỳ. Áp dụng thay đổi cho:</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="65" />
        <source>This one only</source>
        <translation>Chỉ lần này</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="66" />
        <source>This and the following</source>
        <translation>Lần này và các lần sau</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="67" />
        <source>All in the series</source>
        <translation>Tất cả các lần</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="68" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
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
    <name>AgreeDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="446" />
        <source>Party</source>
        <translation>Bên thống nhất</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="447" />
        <source>Agreed by (name, position)</source>
        <translation>Người thống nhất (họ tên, chức vụ)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="448" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="449" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>CalendarCanvas</name>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_grid.py" line="191" />
        <source>Due: %1</source>
        <translation>Hạn đăng: %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_grid.py" line="193" />
        <source>Overdue: not published yet</source>
        <translation>Quá hạn: chưa đăng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_grid.py" line="195" />
        <source>Moved from %1</source>
        <translation>Đã chuyển từ ngày %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_grid.py" line="201" />
        <source>Mon</source>
        <translation>T2</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_grid.py" line="201" />
        <source>Tue</source>
        <translation>T3</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_grid.py" line="201" />
        <source>Wed</source>
        <translation>T4</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_grid.py" line="201" />
        <source>Thu</source>
        <translation>T5</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_grid.py" line="201" />
        <source>Fri</source>
        <translation>T6</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_grid.py" line="202" />
        <source>Sat</source>
        <translation>T7</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_grid.py" line="202" />
        <source>Sun</source>
        <translation>CN</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="101" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="103" />
        <source>Period</source>
        <translation>Định kỳ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="105" />
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="106" />
        <source>Domains</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="107" />
        <source>Proposed by</source>
        <translation>Cơ quan đề xuất</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="108" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="110" />
        <source>Publish by</source>
        <translation>Hạn đăng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="111" />
        <source>Distributed to</source>
        <translation>Đã chuyển cho</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="112" />
        <source>Published at</source>
        <translation>Đã đăng tại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="113" />
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="117" />
        <source>&amp;New item</source>
        <translation>&amp;Thêm nội dung</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="118" />
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="119" />
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="120" />
        <source>&amp;Agree…</source>
        <translation>Thống &amp;nhất…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="121" />
        <source>Dis&amp;tribute…</source>
        <translation>&amp;Chuyển đăng tải…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="122" />
        <source>&amp;Published…</source>
        <translation>Đã đă&amp;ng…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="123" />
        <source>&amp;Not agreed…</source>
        <translation>&amp;Không thống nhất…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="124" />
        <source>&amp;Cancel item…</source>
        <translation>&amp;Hủy nội dung…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="125" />
        <source>Re&amp;open…</source>
        <translation>Mở &amp;lại…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="126" />
        <source>&amp;Move to another day…</source>
        <translation>Đổi &amp;sang ngày khác…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="127" />
        <source>&amp;Skip this occurrence</source>
        <translation>&amp;Bỏ qua lần này</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="128" />
        <source>&amp;Restore this occurrence</source>
        <translation>&amp;Khôi phục lần này</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="129" />
        <source>&amp;Import planned items from Excel…</source>
        <translation>Nhập &amp;nội dung dự kiến từ Excel…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="130" />
        <source>E&amp;xport calendar…</source>
        <translation>&amp;Xuất lịch nội dung…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="131" />
        <source>&amp;Print list (PDF)…</source>
        <translation>&amp;In danh mục (PDF)…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="132" />
        <source>&amp;Reload</source>
        <translation>Tải &amp;lại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="133" />
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="134" />
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="137" />
        <source>Previous (Alt+Left)</source>
        <translation>Trước (Alt+Trái)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="138" />
        <source>Next (Alt+Right)</source>
        <translation>Sau (Alt+Phải)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="170" />
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="177" />
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="170" />
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="177" />
        <source>Week</source>
        <translation>Tuần</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="170" />
        <source>List</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="177" />
        <source>Half-year</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="178" />
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="184" />
        <source>Search title, summary, agency… (Ctrl+F)</source>
        <translation>Tìm theo tiêu đề, tóm tắt, cơ quan… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="187" />
        <source>All periods</source>
        <translation>Mọi định kỳ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="191" />
        <source>All domains</source>
        <translation>Mọi lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="195" />
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="196" />
        <source>Overdue, not published</source>
        <translation>Quá hạn, chưa đăng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="200" />
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="382" />
        <source>All agencies</source>
        <translation>Mọi cơ quan</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="201" />
        <source>Show skipped</source>
        <translation>Hiện các lần bỏ qua</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="243" />
        <source>! overdue</source>
        <translation>! quá hạn</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="424" />
        <source>Showing %1 of %2 items</source>
        <translation>Hiển thị %1 / %2 nội dung</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="435" />
        <source>Due this week: %1</source>
        <translation>Đến hạn tuần này: %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="437" />
        <source>Overdue: %1</source>
        <translation>Quá hạn: %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="588" />
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="648" />
        <source>Cannot open</source>
        <translation>Không mở được</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="618" />
        <source>Delete content item</source>
        <translation>Xóa nội dung</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="619" />
        <source>Delete “%1”? This cannot be undone.
To keep a record, cancel the item instead.</source>
        <translation>Xóa “%1”? Không thể hoàn tác.
Muốn giữ lại hồ sơ thì hãy hủy nội dung thay vì xóa.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="627" />
        <source>Cannot delete</source>
        <translation>Không xóa được</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="667" />
        <source>Not agreed</source>
        <translation>Không thống nhất</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="669" />
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="676" />
        <source>Reason *</source>
        <translation>Lý do *</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="674" />
        <source>Cancel item</source>
        <translation>Hủy nội dung</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="681" />
        <source>Reopen item</source>
        <translation>Mở lại nội dung</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="683" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="695" />
        <source>Cannot skip</source>
        <translation>Không bỏ qua được</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="704" />
        <source>Cannot restore</source>
        <translation>Không khôi phục được</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="712" />
        <source>Import planned items from Excel</source>
        <translation>Nhập nội dung dự kiến từ Excel</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="712" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="723" />
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="725" />
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="737" />
        <source>Import failed</source>
        <translation>Nhập không thành công</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="740" />
        <source>Imported: %1 items added</source>
        <translation>Đã nhập: thêm %1 nội dung</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="750" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="750" />
        <source>Official list, PDF (*.pdf)</source>
        <translation>Danh mục văn bản, PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="751" />
        <source>iCalendar for Outlook (*.ics)</source>
        <translation>Lịch iCalendar cho Outlook (*.ics)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="753" />
        <source>Export the calendar</source>
        <translation>Xuất lịch nội dung</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="774" />
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="776" />
        <source>Export failed</source>
        <translation>Xuất không thành công</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_tab.py" line="781" />
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
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
    <name>ContentItemDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="144" />
        <source>Edit content item</source>
        <translation>Sửa nội dung</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="144" />
        <source>New content item</source>
        <translation>Thêm nội dung tuyên truyền</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="176" />
        <source>Title *</source>
        <translation>Tiêu đề *</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="177" />
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="178" />
        <source>Domains *</source>
        <translation>Lĩnh vực *</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="179" />
        <source>Proposed by</source>
        <translation>Cơ quan đề xuất</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="180" />
        <source>Period</source>
        <translation>Định kỳ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="181" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="182" />
        <source>Publish by</source>
        <translation>Hạn đăng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="183" />
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="188" />
        <source>Repeat</source>
        <translation>Lặp lại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="191" />
        <source>Until</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="192" />
        <source>Number of times</source>
        <translation>Số lần</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="220" />
        <source>Status and history</source>
        <translation>Trạng thái và lịch sử</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="228" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="229" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="278" />
        <source>Occurrence of a repeating series</source>
        <translation>Một lần của chuỗi định kỳ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="344" />
        <source>Every month on this day; in shorter months on their last day.</source>
        <translation>Hàng tháng vào ngày này; tháng nào ít ngày hơn thì vào ngày cuối tháng.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="345" />
        <source>Every six months on this day; in shorter months on their last day.</source>
        <translation>6 tháng một lần vào ngày này; tháng nào ít ngày hơn thì vào ngày cuối tháng.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="347" />
        <source>Every year on this day; 29 February falls on 28 February in common years.</source>
        <translation>Hàng năm vào ngày này; ngày 29/2 rơi vào 28/2 ở năm không nhuận.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="348" />
        <source>Every week on this weekday.</source>
        <translation>Hàng tuần vào thứ này.</translation>
    </message>
</context>
<context>
    <name>DistributeDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="481" />
        <source>Filter agencies…</source>
        <translation>Lọc cơ quan…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="492" />
        <source>Other sites, portals or fanpages, one per line</source>
        <translation>Trang, cổng TTĐT hoặc fanpage khác, mỗi dòng một trang</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="496" />
        <source>Agencies</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="498" />
        <source>Others</source>
        <translation>Trang khác</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="499" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="500" />
        <source>Note</source>
        <translation>Ghi chú</translation>
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
        <source>Content calendar</source>
        <translation>Lịch nội dung</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="37" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="43" />
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="47" />
        <source>E&amp;xit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="50" />
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="54" />
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="55" />
        <source>&amp;About Hanoi Desk</source>
        <translation>&amp;Giới thiệu Hanoi Desk</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="89" />
        <source>About Hanoi Desk</source>
        <translation>Giới thiệu Hanoi Desk</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="91" />
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="93" />
        <source>PDF font: Times New Roman where the system has it, otherwise the bundled Liberation Serif (SIL Open Font License 1.1).</source>
        <translation>Phông chữ PDF: Times New Roman nếu máy có, nếu không thì Liberation Serif đi kèm (giấy phép SIL Open Font License 1.1).</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_grid.py" line="371" />
        <source>+%1 more</source>
        <translation>+%1 nội dung khác</translation>
    </message>
</context>
<context>
    <name>MoveDateDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="568" />
        <source>New date</source>
        <translation>Ngày mới</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="569" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="413" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="439" />
        <source>Record agreement</source>
        <translation>Ghi nhận thống nhất</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="479" />
        <source>Record distribution</source>
        <translation>Ghi nhận chuyển đăng tải</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="535" />
        <source>Record publication</source>
        <translation>Ghi nhận đã đăng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="565" />
        <source>Move to another day</source>
        <translation>Đổi sang ngày khác</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="546" />
        <source>Published on (agency or site)</source>
        <translation>Đăng tại (cơ quan hoặc trang)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="547" />
        <source>Link</source>
        <translation>Đường dẫn</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="548" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="549" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/calendar_dialog.py" line="467" />
        <source>Date</source>
        <translation>Ngày</translation>
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
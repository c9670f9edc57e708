<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/about_dialog.py" line="53" />
        <source>About Hanoi Desk</source>
        <translation>Giới thiệu Hanoi Desk</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/about_dialog.py" line="59" />
        <source>The coordination office's desk for Hanoi's online-information plan</source>
        <translation>Bàn làm việc của cơ quan điều phối kế hoạch thông tin trên mạng về Hà Nội</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/about_dialog.py" line="79" />
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/about_dialog.py" line="80" />
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/about_dialog.py" line="81" />
        <source>Stored at</source>
        <translation>Nơi lưu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/about_dialog.py" line="82" />
        <source>Data folder</source>
        <translation>Thư mục dữ liệu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/about_dialog.py" line="83" />
        <source>Font of PDF documents</source>
        <translation>Phông chữ văn bản PDF</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/about_dialog.py" line="84" />
        <source>Libraries</source>
        <translation>Thư viện</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/about_dialog.py" line="87" />
        <source>%1 (tabler.io), %2 licence — the text is in %3</source>
        <translation>%1 (tabler.io), giấy phép %2 — toàn văn tại %3</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/about_dialog.py" line="92" />
        <source>Icons</source>
        <translation>Biểu tượng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/about_dialog.py" line="95" />
        <source>Bundled fonts: Liberation Serif, under the SIL Open Font License 1.1</source>
        <translation>Phông chữ đi kèm: Liberation Serif, theo Giấy phép phông chữ mở SIL 1.1 (SIL Open Font License 1.1)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/about_dialog.py" line="100" />
        <source>Open data folder</source>
        <translation>Mở thư mục dữ liệu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/about_dialog.py" line="102" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/roster/agency_dialog.py" line="59" />
        <source>Edit agency</source>
        <translation>Sửa cơ quan, đơn vị</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/agency_dialog.py" line="59" />
        <source>New agency</source>
        <translation>Thêm cơ quan, đơn vị</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/agency_dialog.py" line="74" />
        <source>(none)</source>
        <translation>(không)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/agency_dialog.py" line="91" />
        <source>Name *</source>
        <translation>Tên cơ quan *</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/agency_dialog.py" line="92" />
        <source>Short name</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/agency_dialog.py" line="93" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/agency_dialog.py" line="94" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/agency_dialog.py" line="95" />
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/agency_dialog.py" line="96" />
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/agency_dialog.py" line="97" />
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/agency_dialog.py" line="98" />
        <source>Portal (website)</source>
        <translation>Trang/Cổng TTĐT</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/agency_dialog.py" line="99" />
        <source>Active from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/agency_dialog.py" line="100" />
        <source>Active until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/agency_dialog.py" line="101" />
        <source>Merged into</source>
        <translation>Sáp nhập vào</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/agency_dialog.py" line="102" />
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/agency_dialog.py" line="106" />
        <source>Licensed news site / social network</source>
        <translation>Trang TTĐT tổng hợp / mạng xã hội được cấp phép</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/agency_dialog.py" line="109" />
        <source>Licence number</source>
        <translation>Số giấy phép</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/agency_dialog.py" line="110" />
        <source>Licence date</source>
        <translation>Ngày cấp phép</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/agency_dialog.py" line="111" />
        <source>Issued by</source>
        <translation>Cơ quan cấp phép</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/agency_dialog.py" line="112" />
        <source>Monthly visits / members</source>
        <translation>Lượt truy cập / thành viên mỗi tháng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/agency_dialog.py" line="113" />
        <source>Hanoi column (URL)</source>
        <translation>Chuyên mục về Hà Nội (đường dẫn)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/agency_dialog.py" line="123" />
        <source>Add focal point</source>
        <translation>Thêm người đầu mối</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/agency_dialog.py" line="124" />
        <source>Add monitoring staff</source>
        <translation>Thêm nhân sự giám sát</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/agency_dialog.py" line="125" />
        <source>Remove contact</source>
        <translation>Xóa người liên hệ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/agency_dialog.py" line="130" />
        <source>Contacts</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/agency_dialog.py" line="141" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/agency_dialog.py" line="142" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/agency_dialog.py" line="145" />
        <source>History…</source>
        <translation>Lịch sử…</translation>
    </message>
</context>
<context>
    <name>AgreeDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="415" />
        <source>Party</source>
        <translation>Bên thống nhất</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="416" />
        <source>Agreed by (name, position)</source>
        <translation>Người thống nhất (họ tên, chức vụ)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="417" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="418" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>ArticlesDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="552" />
        <source>Articles about Hanoi — %1</source>
        <translation>Tin, bài về Hà Nội — %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="562" />
        <source>The calendar records %1 article(s) on this site that month; enter only the others.</source>
        <translation>Lịch nội dung đã ghi nhận %1 tin, bài trên trang này trong tháng; chỉ nhập các tin, bài khác.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="567" />
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="569" />
        <source>Other articles</source>
        <translation>Tin, bài khác</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="570" />
        <source>Source, note</source>
        <translation>Nguồn, ghi chú</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="572" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
</context>
<context>
    <name>AskScope</name>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="62" />
        <source>Repeating item</source>
        <translation>Nội dung lặp lại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="63" />
        <source>This item repeats. Apply the change to:</source>
        <translation>Nội dung này lặp lại theo định kỳ. Áp dụng thay đổi cho:</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="65" />
        <source>This one only</source>
        <translation>Chỉ lần này</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="66" />
        <source>This and the following</source>
        <translation>Lần này và các lần sau</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="68" />
        <source>All in the series</source>
        <translation>Tất cả các lần</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="69" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>CalendarCanvas</name>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/grid.py" line="284" />
        <source>Due: %1</source>
        <translation>Hạn đăng: %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/grid.py" line="286" />
        <source>Overdue: not published yet</source>
        <translation>Quá hạn: chưa đăng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/grid.py" line="288" />
        <source>Moved from %1</source>
        <translation>Đã chuyển từ ngày %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/grid.py" line="294" />
        <source>Mon</source>
        <translation>T2</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/grid.py" line="294" />
        <source>Tue</source>
        <translation>T3</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/grid.py" line="294" />
        <source>Wed</source>
        <translation>T4</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/grid.py" line="294" />
        <source>Thu</source>
        <translation>T5</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/grid.py" line="294" />
        <source>Fri</source>
        <translation>T6</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/grid.py" line="295" />
        <source>Sat</source>
        <translation>T7</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/grid.py" line="295" />
        <source>Sun</source>
        <translation>CN</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="109" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="111" />
        <source>Period</source>
        <translation>Định kỳ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="113" />
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="114" />
        <source>Domains</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="115" />
        <source>Proposed by</source>
        <translation>Cơ quan đề xuất</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="116" />
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="118" />
        <source>Publish by</source>
        <translation>Hạn đăng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="119" />
        <source>Distributed to</source>
        <translation>Đã chuyển cho</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="120" />
        <source>Published at</source>
        <translation>Đã đăng tại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="121" />
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="134" />
        <source>&amp;New item</source>
        <translation>&amp;Thêm nội dung</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="135" />
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="136" />
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="137" />
        <source>&amp;Agree…</source>
        <translation>Thống &amp;nhất…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="138" />
        <source>Dis&amp;tribute…</source>
        <translation>&amp;Chuyển đăng tải…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="139" />
        <source>&amp;Published…</source>
        <translation>Đã đă&amp;ng…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="140" />
        <source>&amp;Not agreed…</source>
        <translation>&amp;Không thống nhất…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="141" />
        <source>&amp;Cancel item…</source>
        <translation>&amp;Hủy nội dung…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="142" />
        <source>Re&amp;open…</source>
        <translation>Mở &amp;lại…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="143" />
        <source>&amp;Move to another day…</source>
        <translation>Đổi &amp;sang ngày khác…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="144" />
        <source>&amp;Skip this occurrence</source>
        <translation>&amp;Bỏ qua lần này</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="145" />
        <source>&amp;Restore this occurrence</source>
        <translation>&amp;Khôi phục lần này</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="130" />
        <source>&amp;Import planned items from Excel…</source>
        <translation>Nhập &amp;nội dung dự kiến từ Excel…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="131" />
        <source>E&amp;xport calendar…</source>
        <translation>&amp;Xuất lịch nội dung…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="150" />
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="153" />
        <source>Show every &amp;overdue item</source>
        <translation>Xem mọi nội dung &amp;quá hạn</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="154" />
        <source>Show every item due this &amp;week</source>
        <translation>Xem mọi nội dung đến hạn &amp;tuần này</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="182" />
        <source>Click a count to list those items, whatever their month</source>
        <translation>Bấm vào một con số để xem các nội dung đó, thuộc tháng nào cũng vậy</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="185" />
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="192" />
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="185" />
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="192" />
        <source>Week</source>
        <translation>Tuần</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="185" />
        <source>List</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="192" />
        <source>Half-year</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="193" />
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="125" />
        <source>Search title, summary, agency… (Ctrl+F)</source>
        <translation>Tìm theo tiêu đề, tóm tắt, cơ quan… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="200" />
        <source>All periods</source>
        <translation>Tất cả định kỳ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="201" />
        <source>All domains</source>
        <translation>Tất cả lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="202" />
        <source>All statuses</source>
        <translation>Tất cả tình trạng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="205" />
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="390" />
        <source>All agencies</source>
        <translation>Tất cả cơ quan, đơn vị</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="206" />
        <source>Show skipped</source>
        <translation>Hiện các lần bỏ qua</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="237" />
        <source>! overdue</source>
        <translation>! quá hạn</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="441" />
        <source>Showing %1 of %2 items</source>
        <translation>Hiển thị %1 / %2 nội dung</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="458" />
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="467" />
        <source>Due this week: %1</source>
        <translation>Đến hạn tuần này: %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="470" />
        <source>Overdue: %1</source>
        <translation>Quá hạn: %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="674" />
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="755" />
        <source>Cannot open</source>
        <translation>Không mở được</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="706" />
        <source>Delete content item</source>
        <translation>Xóa nội dung</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="719" />
        <source>Delete “%1”? This cannot be undone.
To keep a record, cancel the item instead.</source>
        <translation>Xóa “%1”? Không thể hoàn tác.
Muốn giữ lại hồ sơ thì hãy hủy nội dung thay vì xóa.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="129" />
        <source>Saving the imported items…</source>
        <translation>Đang lưu các nội dung được nhập…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="832" />
        <source>Content agreement letter, PDF (*.pdf)</source>
        <translation>Công văn thống nhất nội dung, PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="713" />
        <source>Cannot delete</source>
        <translation>Không xóa được</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="131" />
        <source>&amp;Print letter…</source>
        <translation>&amp;In công văn…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="148" />
        <source>Print preview of the content agreement letter of the range shown, the items in its appendix (Ctrl+P)</source>
        <translation>Xem trước khi in công văn thống nhất nội dung của khoảng thời gian đang xem, danh sách nội dung ở Phụ lục (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="151" />
        <source>P&amp;revious month or week</source>
        <translation>Tháng/tuần &amp;trước</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="152" />
        <source>Ne&amp;xt month or week</source>
        <translation>Tháng/tuần &amp;sau</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="203" />
        <source>Overdue, not published (every month)</source>
        <translation>Quá hạn, chưa đăng (mọi tháng)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="204" />
        <source>Due this week</source>
        <translation>Đến hạn tuần này</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="444" />
        <source>Showing %1 of %2 overdue items</source>
        <translation>Hiển thị %1 / %2 nội dung quá hạn</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="445" />
        <source>Showing %1 of %2 items due this week</source>
        <translation>Hiển thị %1 / %2 nội dung đến hạn tuần này</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="455" />
        <source>Overdue, not published: every month (%1 items)</source>
        <translation>Quá hạn, chưa đăng: mọi tháng (%1 nội dung)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="723" />
        <source>Delete only the occurrence of “%1” on %2? The rest of the series stays.
This cannot be undone.</source>
        <translation>Chỉ xóa lần “%1” ngày %2? Các lần khác của chuỗi vẫn giữ nguyên.
Không thể hoàn tác.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="729" />
        <source>Delete %1 items of the series “%2”: the one on %3 and all the following?</source>
        <translation>Xóa %1 nội dung của chuỗi “%2”: lần ngày %3 và tất cả các lần sau?</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="733" />
        <source>Delete the whole series “%2”: all %1 items?</source>
        <translation>Xóa cả chuỗi “%2”: toàn bộ %1 nội dung?</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="735" />
        <source>This cannot be undone. To keep a record, cancel the items instead.</source>
        <translation>Không thể hoàn tác. Nếu cần lưu vết, hãy hủy các nội dung thay vì xóa.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="774" />
        <source>Not agreed</source>
        <translation>Không thống nhất</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="776" />
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="783" />
        <source>Reason *</source>
        <translation>Lý do *</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="781" />
        <source>Cancel item</source>
        <translation>Hủy nội dung</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="788" />
        <source>Reopen item</source>
        <translation>Mở lại nội dung</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="790" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="802" />
        <source>Cannot skip</source>
        <translation>Không bỏ qua được</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="811" />
        <source>Cannot restore</source>
        <translation>Không khôi phục được</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="128" />
        <source>Import planned items from Excel</source>
        <translation>Nhập nội dung dự kiến từ Excel</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="823" />
        <source>Imported: %1 items added</source>
        <translation>Đã nhập: thêm %1 nội dung</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="832" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="833" />
        <source>iCalendar for Outlook (*.ics)</source>
        <translation>Lịch iCalendar cho Outlook (*.ics)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/tab.py" line="834" />
        <source>Export the calendar</source>
        <translation>Xuất lịch nội dung</translation>
    </message>
</context>
<context>
    <name>ChangeDetail</name>
    <message>
        <location filename="../../hanoi_desk/ui/history/view.py" line="99" />
        <source>Select a change to see its fields.</source>
        <translation>Chọn một thay đổi để xem các trường của nó.</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/contacts.py" line="26" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/contacts.py" line="26" />
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/contacts.py" line="26" />
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/contacts.py" line="26" />
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/contacts.py" line="27" />
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
</context>
<context>
    <name>ContentItemDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="126" />
        <source>Edit content item</source>
        <translation>Sửa nội dung</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="126" />
        <source>New content item</source>
        <translation>Thêm nội dung tuyên truyền</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="159" />
        <source>Title *</source>
        <translation>Tiêu đề *</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="160" />
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="161" />
        <source>Domains *</source>
        <translation>Lĩnh vực *</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="162" />
        <source>Proposed by</source>
        <translation>Cơ quan đề xuất</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="163" />
        <source>Period</source>
        <translation>Định kỳ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="164" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="165" />
        <source>Publish by</source>
        <translation>Hạn đăng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="166" />
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="173" />
        <source>Repeat</source>
        <translation>Lặp lại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="176" />
        <source>Until</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="177" />
        <source>Number of times</source>
        <translation>Số lần</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="205" />
        <source>Status and history</source>
        <translation>Trạng thái và lịch sử</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="213" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="214" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="261" />
        <source>Occurrence of a repeating series</source>
        <translation>Một lần của chuỗi định kỳ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="327" />
        <source>Every month on this day; in shorter months on their last day.</source>
        <translation>Hàng tháng vào ngày này; tháng nào ít ngày hơn thì vào ngày cuối tháng.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="328" />
        <source>Every six months on this day; in shorter months on their last day.</source>
        <translation>6 tháng một lần vào ngày này; tháng nào ít ngày hơn thì vào ngày cuối tháng.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="330" />
        <source>Every year on this day; 29 February falls on 28 February in common years.</source>
        <translation>Hàng năm vào ngày này; ngày 29/2 rơi vào 28/2 ở năm không nhuận.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="331" />
        <source>Every week on this weekday.</source>
        <translation>Hàng tuần vào thứ này.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="426" />
        <source>Citation: %1</source>
        <translation>Trích dẫn nguồn tin: %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="432" />
        <source>%1 request(s) will be marked “%2”:</source>
        <translation>%1 đề nghị sẽ được ghi nhận “%2”:</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="441" />
        <source>e.g. Công văn số 123/BTGDVTU ngày 10/12/2026</source>
        <translation>ví dụ: Công văn số 123/BTGDVTU ngày 10/12/2026</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="446" />
        <source>Date of the answer</source>
        <translation>Ngày trả lời</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="447" />
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="449" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="449" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="451" />
        <source>Record the answer</source>
        <translation>Ghi nhận</translation>
    </message>
</context>
<context>
    <name>DistributeDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="451" />
        <source>Filter agencies…</source>
        <translation>Lọc cơ quan…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="462" />
        <source>Other sites, portals or fanpages, one per line</source>
        <translation>Trang, cổng TTĐT hoặc fanpage khác, mỗi dòng một trang</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="466" />
        <source>Agencies</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="468" />
        <source>Others</source>
        <translation>Trang khác</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="469" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="470" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/edit_dialog.py" line="38" />
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/edit_dialog.py" line="39" />
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/edit_dialog.py" line="84" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/edit_dialog.py" line="85" />
        <source>Don't save</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/edit_dialog.py" line="86" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/edit_dialog.py" line="130" />
        <source>Discard changes?</source>
        <extracomment>field name → label, for the list of values to re-apply after a conflict draft fields not listed after a conflict (e.g. an agency's contacts table)</extracomment>
        <translation>Bỏ thay đổi?</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/edit_dialog.py" line="131" />
        <source>You have unsaved changes. Close without saving?</source>
        <translation>Có thay đổi chưa lưu. Đóng mà không lưu?</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/edit_dialog.py" line="140" />
        <source>Reload from database</source>
        <translation>Tải lại bản mới nhất</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/edit_dialog.py" line="142" />
        <source>Load the version the other person saved; your values are listed so you can re-apply them</source>
        <translation>Tải bản người khác vừa lưu; các giá trị anh/chị đã nhập được liệt kê để nhập lại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/edit_dialog.py" line="193" />
        <source>Reloaded the latest version. Your values, to re-apply:</source>
        <translation>Đã tải lại bản mới nhất. Giá trị anh/chị đã nhập, để nhập lại:</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/edit_dialog.py" line="197" />
        <source>Reloaded the latest version; it already holds your values.</source>
        <translation>Đã tải lại bản mới nhất; bản này đã có các giá trị anh/chị nhập.</translation>
    </message>
</context>
<context>
    <name>EndAgencyDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/roster/tab.py" line="272" />
        <source>End agency</source>
        <translation>Kết thúc hoạt động</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/tab.py" line="277" />
        <source>(abolished, no successor)</source>
        <translation>(giải thể, không có đơn vị tiếp nhận)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/tab.py" line="285" />
        <source>Last day of activity</source>
        <translation>Ngày hoạt động cuối cùng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/tab.py" line="286" />
        <source>Merged into</source>
        <translation>Sáp nhập vào</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <location filename="../../hanoi_desk/ui/export_notice.py" line="36" />
        <source>Open file</source>
        <translation>Mở tệp</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/export_notice.py" line="37" />
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/export_notice.py" line="38" />
        <source>Send by e-mail</source>
        <translation>Gửi email</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/export_notice.py" line="39" />
        <source>Sign digitally…</source>
        <translation>Ký số…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/export_notice.py" line="41" />
        <source>Sign the appendix…</source>
        <translation>Ký số phụ lục…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/export_notice.py" line="42" />
        <source>The appendix written as its own file: the office signs it with a text signature at the top right of its first page</source>
        <translation>Phụ lục ghi thành tệp riêng: văn thư ký số của cơ quan bằng chữ ký dạng văn bản ở góc trên bên phải trang đầu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/export_notice.py" line="47" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/export_notice.py" line="72" />
        <source>Saved &lt;b&gt;%1&lt;/b&gt; in %2</source>
        <translation>Đã lưu &lt;b&gt;%1&lt;/b&gt; trong %2</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/export_notice.py" line="75" />
        <source>(appendix: &lt;b&gt;%1&lt;/b&gt;)</source>
        <translation>(phụ lục: &lt;b&gt;%1&lt;/b&gt;)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/export_notice.py" line="88" />
        <source>Cannot open</source>
        <translation>Không mở được</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/export_notice.py" line="89" />
        <source>No program opened it</source>
        <translation>Không có chương trình nào mở được</translation>
    </message>
</context>
<context>
    <name>FanpageDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="104" />
        <source>Edit page</source>
        <translation>Sửa trang</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="104" />
        <source>New page</source>
        <translation>Thêm trang</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="113" />
        <source>(from the address)</source>
        <translation>(theo đường dẫn)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="123" />
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="146" />
        <source>Official page of the agency</source>
        <translation>Trang chính thức của cơ quan</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="135" />
        <source>Agency *</source>
        <translation>Cơ quan, đơn vị *</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="136" />
        <source>Address (URL) *</source>
        <translation>Đường dẫn (URL) *</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="137" />
        <source>Platform</source>
        <translation>Nền tảng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="138" />
        <source>Page name *</source>
        <translation>Tên trang *</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="139" />
        <source>ID on the platform</source>
        <translation>ID trên nền tảng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="140" />
        <source>Followers</source>
        <translation>Người theo dõi</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="141" />
        <source>Counted on</source>
        <translation>Ngày thống kê</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="143" />
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="151" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="152" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="203" />
        <source>Paste the address of the page; any shape of it is understood.</source>
        <translation>Dán đường dẫn của trang; dạng nào cũng được (m., www., có tham số theo dõi…).</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="211" />
        <source>Will be stored as: %1 (%2)</source>
        <translation>Sẽ lưu là: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>FanpageTab</name>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="109" />
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="139" />
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="110" />
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="155" />
        <source>Platform</source>
        <translation>Nền tảng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="111" />
        <source>Page name</source>
        <translation>Tên trang</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="113" />
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="156" />
        <source>Link</source>
        <translation>Đường dẫn</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="116" />
        <source>Double-click the address or press Ctrl+O to open it in the browser</source>
        <translation>Nhấp đúp vào đường dẫn hoặc bấm Ctrl+O để mở trong trình duyệt</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="119" />
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="142" />
        <source>Official</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="125" />
        <source>Verification</source>
        <translation>Xác thực</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="129" />
        <source>Since</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="130" />
        <source>Letter number</source>
        <translation>Số công văn</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="131" />
        <source>Followers</source>
        <translation>Người theo dõi</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="132" />
        <source>Counted on</source>
        <translation>Ngày thống kê</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="133" />
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="140" />
        <source>Kind of agency</source>
        <translation>Loại cơ quan</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="134" />
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="141" />
        <source>Pages</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="143" />
        <source>Verified</source>
        <translation>Đã xác thực</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="145" />
        <source>Share verified</source>
        <translation>Tỷ lệ đã xác thực</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="154" />
        <source>Suspected page</source>
        <translation>Trang nghi mạo danh</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="157" />
        <source>Agency imitated</source>
        <translation>Cơ quan bị mạo danh</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="159" />
        <source>Official page imitated</source>
        <translation>Trang chính thức bị mạo danh</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="162" />
        <source>Found by comparing names (%1% alike)</source>
        <translation>Tìm thấy khi so tên (giống %1%)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="167" />
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="168" />
        <source>Found on</source>
        <translation>Ngày phát hiện</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="169" />
        <source>Reported on</source>
        <translation>Ngày báo cáo nền tảng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="170" />
        <source>Evidence</source>
        <translation>Chứng cứ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="174" />
        <source>Search by agency, page name, address… (Ctrl+F)</source>
        <translation>Tìm theo cơ quan, tên trang, đường dẫn… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="178" />
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="362" />
        <source>All agencies</source>
        <translation>Tất cả cơ quan, đơn vị</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="180" />
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="181" />
        <source>All platforms</source>
        <translation>Tất cả nền tảng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="182" />
        <source>All states</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="183" />
        <source>Official pages (every state)</source>
        <translation>Trang chính thức (mọi bước)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="184" />
        <source>Not an official page</source>
        <translation>Không phải trang chính thức</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="256" />
        <source>Only pages still up</source>
        <translation>Chỉ trang chưa bị gỡ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="257" />
        <source>Suspected or reported, not yet removed</source>
        <translation>Nghi vấn hoặc đã báo cáo, chưa bị gỡ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="195" />
        <source>&amp;New page</source>
        <translation>&amp;Thêm trang</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="196" />
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="197" />
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="198" />
        <source>&amp;Open in browser</source>
        <translation>&amp;Mở trong trình duyệt</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="199" />
        <source>Propose verification…</source>
        <translation>Đề nghị xác thực…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="202" />
        <source>Write the official letter asking the platforms to verify the selected official pages (Ctrl+Shift+P)</source>
        <translation>Lập công văn đề nghị nền tảng xác thực các trang chính thức đã chọn (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="207" />
        <source>Sent to the platform…</source>
        <translation>Đã gửi nền tảng…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="208" />
        <source>Verified…</source>
        <translation>Đã xác thực…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="209" />
        <source>Refused…</source>
        <translation>Bị từ chối…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="210" />
        <source>Lost the badge…</source>
        <translation>Mất tick xanh…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="211" />
        <source>Proposed by an existing letter…</source>
        <translation>Đã đề nghị bằng công văn có sẵn…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="213" />
        <source>&amp;History…</source>
        <translation>&amp;Lịch sử…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="215" />
        <source>New suspected page…</source>
        <translation>Thêm trang nghi mạo danh…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="216" />
        <source>Edit suspected page…</source>
        <translation>Sửa trang nghi mạo danh…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="217" />
        <source>Check names of the whole registry</source>
        <translation>So tên toàn bộ danh sách</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="219" />
        <source>Reported to the platform</source>
        <translation>Đã báo cáo nền tảng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="220" />
        <source>Removed by the platform</source>
        <translation>Đã bị gỡ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="221" />
        <source>Not an impersonator</source>
        <translation>Không phải mạo danh</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="223" />
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="699" />
        <source>Delete suspected page</source>
        <translation>Xóa trang nghi mạo danh</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="225" />
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="231" />
        <source>Record a step</source>
        <translation>Ghi nhận bước</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="185" />
        <source>Agency:</source>
        <translation>Cơ quan:</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="186" />
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="187" />
        <source>Platform:</source>
        <translation>Nền tảng:</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="188" />
        <source>Verification:</source>
        <translation>Xác thực:</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="279" />
        <source>Page list</source>
        <translation>Danh sách trang</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="280" />
        <source>By agency</source>
        <translation>Theo cơ quan</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="281" />
        <source>Impersonating pages</source>
        <translation>Trang mạo danh</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="432" />
        <source>Showing %1 of %2 pages — %3 official, %4 verified (%5)</source>
        <translation>Hiển thị %1 / %2 trang — %3 trang chính thức, %4 đã xác thực (%5)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="443" />
        <source>; %1 suspected impersonating page(s) not yet removed</source>
        <translation>; %1 trang nghi mạo danh chưa bị gỡ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="454" />
        <source>Impersonating pages (%1)</source>
        <translation>Trang mạo danh (%1)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="457" />
        <source>No suspected impersonating page yet. Add one you found (New), or let Hanoi Desk compare the names of pages with the official ones (Check names).</source>
        <translation>Chưa có trang nghi mạo danh nào. Hãy thêm trang đã phát hiện (Thêm mới), hoặc để Hanoi Desk so tên các trang với trang chính thức (Kiểm tra tên).</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="461" />
        <source>No suspected page matches the filters.</source>
        <translation>Không có trang nghi mạo danh nào khớp bộ lọc.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="541" />
        <source>Cannot open</source>
        <translation>Không mở được</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="554" />
        <source>Similar page names</source>
        <translation>Tên trang gần giống</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="561" />
        <source>Delete pages</source>
        <translation>Xóa trang</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="560" />
        <source>Delete %1 page(s) and their verification history? This cannot be undone.</source>
        <translation>Xóa %1 trang cùng lịch sử xác thực? Không thể hoàn tác.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="594" />
        <source>Propose verification</source>
        <translation>Đề nghị xác thực</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="596" />
        <source>No official page here can be proposed: select official pages that are not requested yet, refused, or that lost their badge.</source>
        <translation>Không có trang chính thức nào ở đây để đề nghị: hãy chọn trang chính thức chưa đề nghị, bị từ chối hoặc đã mất tick xanh.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="608" />
        <source>Save the proposal letter</source>
        <translation>Lưu công văn đề nghị</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="608" />
        <source>Save the proposal letters</source>
        <translation>Lưu các công văn đề nghị</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="609" />
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="640" />
        <source>The letter was not written</source>
        <translation>Chưa lập được công văn</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="663" />
        <source>Likely imitation</source>
        <translation>Nghi mạo danh</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="665" />
        <source>“%1” looks like the official page “%2” of %3 (%4% alike); it was recorded as the page imitated.</source>
        <translation>“%1” giống trang chính thức “%2” của %3 (giống %4%); đã ghi nhận là trang bị mạo danh.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="690" />
        <source>Cannot change the status</source>
        <translation>Không đổi được tình trạng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="701" />
        <source>Delete “%1” from the register? To keep the record, mark it “Not an impersonator” instead.</source>
        <translation>Xóa “%1” khỏi danh sách? Muốn giữ hồ sơ, hãy đánh dấu “Không phải mạo danh”.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="714" />
        <source>Check failed</source>
        <translation>Không so được</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="726" />
        <source>Import pages from Excel</source>
        <translation>Nhập danh sách trang từ Excel</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="727" />
        <source>Saving the imported pages…</source>
        <translation>Đang lưu các trang được nhập…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/tab.py" line="725" />
        <source>Export the pages to Excel</source>
        <translation>Xuất danh sách trang ra Excel</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/file_actions.py" line="85" />
        <source>Cancelled: nothing was written</source>
        <translation>Đã hủy: không có gì được ghi</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/file_actions.py" line="104" />
        <source>Export failed</source>
        <translation>Xuất không thành công</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/file_actions.py" line="110" />
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/file_actions.py" line="114" />
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/file_actions.py" line="141" />
        <source>Saving the imported rows…</source>
        <translation>Đang lưu các dòng được nhập…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/file_actions.py" line="167" />
        <source>Import failed</source>
        <translation>Nhập không thành công</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/file_actions.py" line="178" />
        <source>Import cancelled: nothing was written</source>
        <translation>Đã hủy nhập: không có gì được ghi</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/file_actions.py" line="194" />
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/settings/first_run.py" line="77" />
        <source>Welcome to Hanoi Desk</source>
        <translation>Chào mừng đến với Hanoi Desk</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/first_run.py" line="78" />
        <source>Before the first document is printed, tell Hanoi Desk where to keep its data and how the office signs. All of this can be changed later in Settings.</source>
        <translation>Trước khi in văn bản đầu tiên, hãy cho Hanoi Desk biết nơi lưu dữ liệu và cách cơ quan ký văn bản. Mọi thông tin này đều có thể sửa lại trong phần Cài đặt.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/first_run.py" line="82" />
        <source>Where the data lives</source>
        <translation>Nơi lưu dữ liệu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/first_run.py" line="83" />
        <source>On this computer</source>
        <translation>Trên máy tính này</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/first_run.py" line="88" />
        <source>Open data folder</source>
        <translation>Mở thư mục dữ liệu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/first_run.py" line="89" />
        <source>In the office's shared PostgreSQL database</source>
        <translation>Trong cơ sở dữ liệu PostgreSQL dùng chung của cơ quan</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/first_run.py" line="91" />
        <source>Connect</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/first_run.py" line="92" />
        <source>Open the shared database and show the office details it already holds</source>
        <translation>Mở cơ sở dữ liệu dùng chung và hiển thị thông tin cơ quan đã có trong đó</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/first_run.py" line="99" />
        <source>Data folder</source>
        <translation>Thư mục dữ liệu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/first_run.py" line="100" />
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/first_run.py" line="107" />
        <source>The password is kept in the operating system's credential store, never in a file. The server can be changed later in Settings, page Database.</source>
        <translation>Mật khẩu được cất trong kho mật khẩu của hệ điều hành, không bao giờ ghi ra tệp. Có thể đổi máy chủ sau này trong Cài đặt, trang Cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/first_run.py" line="123" />
        <source>The database was chosen on the command line (--db or HANOI_DESK_DB).</source>
        <translation>Cơ sở dữ liệu đã được chọn khi khởi động (--db hoặc HANOI_DESK_DB).</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/first_run.py" line="126" />
        <source>The office, as it signs its documents</source>
        <translation>Cơ quan, như khi ký văn bản</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/first_run.py" line="128" />
        <source>Pick the office from the roster (type part of its name) or type it. Until the office and the signer are filled in, documents are printed as drafts (DỰ THẢO).</source>
        <translation>Chọn cơ quan trong danh sách cơ quan (gõ một phần tên) hoặc gõ tên. Khi chưa điền cơ quan và người ký, văn bản in ra là bản DỰ THẢO.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/first_run.py" line="138" />
        <source>Save and start</source>
        <translation>Lưu và bắt đầu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/first_run.py" line="140" />
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/first_run.py" line="195" />
        <source>Could not connect.</source>
        <translation>Không kết nối được.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/first_run.py" line="196" />
        <source>Could not connect to the shared database</source>
        <translation>Không kết nối được cơ sở dữ liệu dùng chung</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/first_run.py" line="201" />
        <source>Connected: %1</source>
        <translation>Đã kết nối: %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/first_run.py" line="248" />
        <source>Connected: %1. The office details now shown come from the shared database; check them and save again.</source>
        <translation>Đã kết nối: %1. Thông tin cơ quan đang hiển thị lấy từ cơ sở dữ liệu dùng chung; hãy kiểm tra rồi bấm Lưu lần nữa.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/first_run.py" line="255" />
        <source>The database could not be opened</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="405" />
        <source>Verification history — %1</source>
        <translation>Lịch sử xác thực — %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="410" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="411" />
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="412" />
        <source>Letter number</source>
        <translation>Số công văn</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="413" />
        <source>Reason / note</source>
        <translation>Lý do / ghi chú</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="414" />
        <source>Recorded by</source>
        <translation>Người ghi nhận</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="419" />
        <source>Registered on %1. Current state: %2.</source>
        <translation>Đăng ký ngày %1. Trạng thái hiện tại: %2.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../hanoi_desk/ui/history/view.py" line="44" />
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history/view.py" line="45" />
        <source>By</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history/view.py" line="46" />
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history/view.py" line="49" />
        <source>Kind of record</source>
        <translation>Loại dữ liệu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history/view.py" line="51" />
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history/view.py" line="52" />
        <source>Changes</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history/view.py" line="61" />
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history/view.py" line="62" />
        <source>Old value</source>
        <translation>Giá trị cũ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history/view.py" line="63" />
        <source>New value</source>
        <translation>Giá trị mới</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history/view.py" line="136" />
        <source>Search records, people, values… (Ctrl+F)</source>
        <translation>Tìm theo bản ghi, người thực hiện, giá trị… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history/view.py" line="143" />
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history/view.py" line="151" />
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history/view.py" line="151" />
        <source>By:</source>
        <translation>Người thực hiện:</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history/view.py" line="152" />
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history/view.py" line="210" />
        <source>All kinds of record</source>
        <translation>Tất cả loại dữ liệu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history/view.py" line="211" />
        <source>Everyone</source>
        <translation>Tất cả người thực hiện</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history/view.py" line="223" />
        <source>Showing %1 of %2 changes</source>
        <translation>Hiển thị %1 / %2 thay đổi</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history/view.py" line="234" />
        <source>Export the history to Excel</source>
        <translation>Xuất lịch sử thay đổi ra Excel</translation>
    </message>
</context>
<context>
    <name>ImpersonatorDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="447" />
        <source>Edit suspected page</source>
        <translation>Sửa trang nghi mạo danh</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="447" />
        <source>New suspected page</source>
        <translation>Thêm trang nghi mạo danh</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="452" />
        <source>(from the address)</source>
        <translation>(theo đường dẫn)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="457" />
        <source>(find by name)</source>
        <translation>(tự tìm theo tên)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="470" />
        <source>Address (URL) *</source>
        <translation>Đường dẫn (URL) *</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="471" />
        <source>Page name *</source>
        <translation>Tên trang *</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="472" />
        <source>Platform</source>
        <translation>Nền tảng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="473" />
        <source>Agency imitated</source>
        <translation>Cơ quan bị mạo danh</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="474" />
        <source>Official page imitated</source>
        <translation>Trang chính thức bị mạo danh</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="475" />
        <source>Found on</source>
        <translation>Ngày phát hiện</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="476" />
        <source>Reported on</source>
        <translation>Ngày báo cáo nền tảng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="477" />
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="478" />
        <source>Evidence</source>
        <translation>Chứng cứ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="481" />
        <source>Official page of the agency</source>
        <translation>Trang chính thức của cơ quan</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="486" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="487" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="123" />
        <source>Import preview — %1</source>
        <translation>Xem trước khi nhập — %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="130" />
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="158" />
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="373" />
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="131" />
        <source>Header in the file</source>
        <translation>Tiêu đề trong tệp</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="131" />
        <source>(no header)</source>
        <translation>(không có tiêu đề)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="132" />
        <source>Cells with data</source>
        <translation>Số ô có dữ liệu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="133" />
        <source>Imported as</source>
        <translation>Nhập vào</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="134" />
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="139" />
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="144" />
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="152" />
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="157" />
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="373" />
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="140" />
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="145" />
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="153" />
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="146" />
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="147" />
        <source>Old value</source>
        <translation>Giá trị cũ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="148" />
        <source>New value</source>
        <translation>Giá trị mới</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="159" />
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="373" />
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="161" />
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="164" />
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="373" />
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="168" />
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="169" />
        <source>Copy the selected rows (all rows if none is selected) to paste into Excel or an e-mail</source>
        <translation>Sao chép các dòng đang chọn (mọi dòng nếu chưa chọn) để dán vào Excel hoặc thư</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="171" />
        <source>&amp;Save to Excel…</source>
        <translation>&amp;Lưu ra Excel…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="191" />
        <source>&amp;Leave these columns out</source>
        <translation>&amp;Bỏ qua các cột này</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="192" />
        <source>Confirm that the columns no field matches are not imported (remembered for these headers)</source>
        <translation>Xác nhận không nhập các cột không khớp với trường nào (được ghi nhớ cho các tiêu đề này)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="201" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="202" />
        <source>Close without importing: nothing is written</source>
        <translation>Đóng mà không nhập: không ghi gì cả</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="230" />
        <source>Columns (%1)</source>
        <translation>Các cột (%1)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="233" />
        <source>Unchanged (%1)</source>
        <translation>Không đổi (%1)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="234" />
        <source>Warnings (%1)</source>
        <translation>Cảnh báo (%1)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="235" />
        <source>Errors (%1)</source>
        <translation>Lỗi (%1)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="263" />
        <source>The file has %1 problem(s). Nothing will be imported: correct the file and try again (the errors can be copied or saved to Excel).</source>
        <translation>Tệp có %1 lỗi. Chưa nhập gì cả: hãy sửa tệp rồi nhập lại (có thể sao chép hoặc lưu danh sách lỗi ra Excel).</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="268" />
        <source>Nothing to import: all %1 rows of the file are already there, unchanged.</source>
        <translation>Không có gì để nhập: cả %1 dòng của tệp đã có và không thay đổi.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="271" />
        <source>Nothing to import: the file has no rows of data.</source>
        <translation>Không có gì để nhập: tệp không có dòng dữ liệu nào.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="273" />
        <source>%1 to add, %2 to update, %3 unchanged. Nothing is written until you press Import.</source>
        <translation>%1 thêm mới, %2 cập nhật, %3 không đổi. Chưa có gì được ghi cho đến khi bấm Nhập.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="279" />
        <source>%1 column(s) with data match no field and would be left out: %2. Choose where each goes under Columns, or press “Leave these columns out”.</source>
        <translation>%1 cột có dữ liệu không khớp với trường nào và sẽ bị bỏ qua: %2. Hãy chọn cách nhập từng cột ở trang Các cột, hoặc bấm “Bỏ qua các cột này”.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="284" />
        <source>Left out, as chosen: %1.</source>
        <translation>Bỏ qua theo lựa chọn: %1.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="287" />
        <source>%1 warning(s): look at them before importing.</source>
        <translation>%1 cảnh báo: hãy xem trước khi nhập.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="292" />
        <source>column %1</source>
        <translation>cột %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="297" />
        <source>known header</source>
        <translation>tên cột đã biết</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="297" />
        <source>row numbers</source>
        <translation>số thứ tự</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="299" />
        <source>as chosen before</source>
        <translation>theo lựa chọn lần trước</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="301" />
        <source>no field has this name</source>
        <translation>không trường nào có tên này</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="301" />
        <source>empty column</source>
        <translation>cột trống</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="302" />
        <source>your choice</source>
        <translation>theo lựa chọn của bạn</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="314" />
        <source>Keep in the notes</source>
        <translation>Giữ trong phần ghi chú</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="315" />
        <source>Leave out</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="353" />
        <source>Mapping the columns again…</source>
        <translation>Đang nhập lại các cột theo lựa chọn…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="360" />
        <source>Cannot map the columns this way</source>
        <translation>Không nhập các cột theo cách này được</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="386" />
        <source>Save the import errors</source>
        <translation>Lưu danh sách lỗi khi nhập</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="388" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="399" />
        <source>Cannot save the errors</source>
        <translation>Không lưu được danh sách lỗi</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="231" />
        <source>To add (%1)</source>
        <translation>Thêm mới (%1)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="232" />
        <source>To update (%1)</source>
        <translation>Cập nhật (%1)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/import_dialog.py" line="199" />
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="600" />
        <source>Outreach letters</source>
        <translation>Văn bản vận động</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="610" />
        <source>Words replaced in the invitation: %1. A blank line starts a new paragraph.</source>
        <translation>Các từ được thay trong thư mời: %1. Một dòng trống bắt đầu đoạn mới.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="616" />
        <source>Proposal to the board on citation permissions</source>
        <translation>Công văn đề nghị Ban cho phép trích dẫn nguồn tin</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="619" />
        <source>Addressed to</source>
        <translation>Kính gửi</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="622" />
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="633" />
        <source>Copies to (one a line)</source>
        <translation>Nơi nhận (mỗi dòng một nơi)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="625" />
        <source>Invitation to open a Hanoi column</source>
        <translation>Thư mời mở chuyên mục về Hà Nội</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="628" />
        <source>Subject (V/v)</source>
        <translation>Trích yếu (V/v)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="630" />
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="640" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="641" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="643" />
        <source>Default wording</source>
        <translation>Nội dung mặc định</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/list_tab.py" line="231" />
        <source>Showing %1 of %2</source>
        <translation>Hiển thị %1 / %2</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/list_tab.py" line="567" />
        <source>Export to Excel</source>
        <translation>Xuất ra Excel</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/list_tab.py" line="546" />
        <source>Import from Excel</source>
        <translation>Nhập từ Excel</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/list_tab.py" line="309" />
        <source>Cannot delete</source>
        <translation>Không xóa được</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/list_tab.py" line="324" />
        <source>Imported: %1 added, %2 updated</source>
        <translation>Đã nhập: %1 thêm mới, %2 cập nhật</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/list_tab.py" line="377" />
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Nhập từ Excel…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/list_tab.py" line="381" />
        <source>E&amp;xport to Excel…</source>
        <translation>&amp;Xuất ra Excel…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/list_tab.py" line="383" />
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/list_tab.py" line="385" />
        <source>Print preview of the list shown (Ctrl+P)</source>
        <translation>Xem trước khi in danh sách đang hiển thị (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/list_tab.py" line="386" />
        <source>&amp;Reload</source>
        <translation>Tải &amp;lại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/list_tab.py" line="387" />
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/list_tab.py" line="473" />
        <source> — %1 selected</source>
        <translation> — đã chọn %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/list_tab.py" line="547" />
        <source>Spreadsheets</source>
        <translation>Bảng tính</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/list_tab.py" line="569" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>MailDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/mail/dialog.py" line="58" />
        <source>Send by e-mail — %1</source>
        <translation>Gửi email — %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/dialog.py" line="66" />
        <source>Addresses separated by ; or picked from the roster</source>
        <translation>Các địa chỉ cách nhau bằng dấu ; hoặc chọn trong danh bạ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/dialog.py" line="74" />
        <source>To</source>
        <translation>Gửi tới (To)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/dialog.py" line="74" />
        <source>Cc</source>
        <translation>Đồng gửi (Cc)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/dialog.py" line="75" />
        <source>Bcc</source>
        <translation>Gửi ẩn (Bcc)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/dialog.py" line="76" />
        <source>Subject</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/dialog.py" line="77" />
        <source>Attachment</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/dialog.py" line="89" />
        <source>Message</source>
        <translation>Nội dung thư</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/dialog.py" line="93" />
        <source>Find a recipient: name, agency or address (Ctrl+F)</source>
        <translation>Tìm người nhận: họ tên, cơ quan hoặc địa chỉ email (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/dialog.py" line="96" />
        <source>Recipient</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/dialog.py" line="97" />
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/dialog.py" line="98" />
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/dialog.py" line="99" />
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/dialog.py" line="115" />
        <source>Add to To</source>
        <translation>Thêm vào Gửi tới</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/dialog.py" line="116" />
        <source>Add to Cc</source>
        <translation>Thêm vào Cc</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/dialog.py" line="117" />
        <source>Add to Bcc</source>
        <translation>Thêm vào Bcc</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/dialog.py" line="121" />
        <source>Roster contacts (double-click adds to To)</source>
        <translation>Người liên hệ trong danh bạ (nhấp đúp để thêm vào Gửi tới)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/dialog.py" line="138" />
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/dialog.py" line="139" />
        <source>Open in mail program</source>
        <translation>Mở trong chương trình email</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/dialog.py" line="140" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/dialog.py" line="183" />
        <source>Sent through the mail server %1 from %2.</source>
        <translation>Thư được gửi qua máy chủ thư %1, từ địa chỉ %2.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/dialog.py" line="187" />
        <source>The mail server is not set up yet (Settings › E-mail): the message can be opened in the mail program.</source>
        <translation>Chưa cài đặt máy chủ thư (Cài đặt › Email): có thể mở thư trong chương trình email.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/dialog.py" line="190" />
        <source>The message opens in the mail program (Outlook), ready to send.</source>
        <translation>Thư sẽ được mở trong chương trình email (Outlook), sẵn sàng để gửi.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/dialog.py" line="287" />
        <source>Please correct the fields marked in red.</source>
        <translation>Hãy sửa các mục được báo màu đỏ.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/dialog.py" line="315" />
        <source>Sending…</source>
        <translation>Đang gửi…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/dialog.py" line="316" />
        <source>Sending “%1”…</source>
        <translation>Đang gửi “%1”…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/dialog.py" line="339" />
        <source>Nothing was sent; the message is kept.</source>
        <translation>Thư chưa được gửi; nội dung thư vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/dialog.py" line="340" />
        <source>The message was not sent</source>
        <translation>Chưa gửi được thư</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/dialog.py" line="353" />
        <source>The draft could not be written</source>
        <translation>Không ghi được thư nháp</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/dialog.py" line="356" />
        <source>No mail program opened the draft</source>
        <translation>Không có chương trình email nào mở thư nháp</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/dialog.py" line="357" />
        <source>Open it yourself from %1</source>
        <translation>Hãy tự mở thư nháp tại %1</translation>
    </message>
</context>
<context>
    <name>MailLogDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/mail/log_dialog.py" line="40" />
        <source>E-mail log</source>
        <translation>Nhật ký email</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/log_dialog.py" line="43" />
        <source>Search by recipient, subject or file… (Ctrl+F)</source>
        <translation>Tìm theo người nhận, tiêu đề hoặc tên tệp… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/log_dialog.py" line="46" />
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/log_dialog.py" line="47" />
        <source>How</source>
        <translation>Cách gửi</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/log_dialog.py" line="48" />
        <source>To</source>
        <translation>Gửi tới (To)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/log_dialog.py" line="49" />
        <source>Cc</source>
        <translation>Đồng gửi (Cc)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/log_dialog.py" line="50" />
        <source>Bcc</source>
        <translation>Gửi ẩn (Bcc)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/log_dialog.py" line="51" />
        <source>Subject</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/log_dialog.py" line="52" />
        <source>Attachment</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/log_dialog.py" line="53" />
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/log_dialog.py" line="55" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/log_dialog.py" line="56" />
        <source>Sent by</source>
        <translation>Người gửi</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/log_dialog.py" line="62" />
        <source>Reload</source>
        <translation>Tải lại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/log_dialog.py" line="63" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/log_dialog.py" line="112" />
        <source>The log could not be read</source>
        <translation>Không đọc được nhật ký email</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/log_dialog.py" line="123" />
        <source>Showing %1 of %2 messages</source>
        <translation>Hiển thị %1 / %2 thư</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/log_dialog.py" line="128" />
        <source>No message has been sent from Hanoi Desk yet. After an export, press “Send by e-mail” in the strip under the tabs, or use File › E-mail a file…</source>
        <translation>Chưa có thư nào được gửi từ Hanoi Desk. Sau khi xuất một tệp, bấm “Gửi email” trên dải thông báo dưới các trang, hoặc chọn Tệp › Gửi email một tệp…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/log_dialog.py" line="131" />
        <source>No message matches the search.</source>
        <translation>Không có thư nào khớp nội dung tìm.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/log_dialog.py" line="131" />
        <source>Clear the search</source>
        <translation>Xóa nội dung tìm</translation>
    </message>
</context>
<context>
    <name>MailSettingsPage</name>
    <message>
        <location filename="../../hanoi_desk/ui/mail/settings_page.py" line="40" />
        <source>Open a draft in the mail program (Outlook…)</source>
        <translation>Mở thư nháp trong chương trình email (Outlook…)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/settings_page.py" line="41" />
        <source>Send through the office's mail server (SMTP)</source>
        <translation>Gửi qua máy chủ thư của cơ quan (SMTP)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/settings_page.py" line="47" />
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (thường là cổng 587)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/settings_page.py" line="48" />
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (thường là cổng 465)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/settings_page.py" line="49" />
        <source>None (inside the office network only)</source>
        <translation>Không mã hóa (chỉ dùng trong mạng nội bộ)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/settings_page.py" line="53" />
        <source>Forget the stored password</source>
        <translation>Xóa mật khẩu đã lưu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/settings_page.py" line="58" />
        <source>Empty: staff name and office name from the Office page</source>
        <translation>Để trống: dùng tên cán bộ và tên cơ quan ở trang Cơ quan</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/settings_page.py" line="60" />
        <source>Test the connection</source>
        <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/settings_page.py" line="70" />
        <source>How to send</source>
        <translation>Cách gửi</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/settings_page.py" line="71" />
        <source>Mail server (SMTP)</source>
        <translation>Máy chủ thư (SMTP)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/settings_page.py" line="72" />
        <source>Port</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/settings_page.py" line="73" />
        <source>Security</source>
        <translation>Bảo mật</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/settings_page.py" line="74" />
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/settings_page.py" line="75" />
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/settings_page.py" line="76" />
        <source>Sender address</source>
        <translation>Địa chỉ người gửi</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/settings_page.py" line="77" />
        <source>Sender name</source>
        <translation>Tên người gửi</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/settings_page.py" line="78" />
        <source>Signature</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/settings_page.py" line="91" />
        <source>The password is kept in this computer's credential store (Windows Credential Manager), for this Windows user only; never in the database.</source>
        <translation>Mật khẩu được giữ trong kho mật khẩu của máy tính này (Windows Credential Manager), chỉ cho người dùng Windows hiện tại; không bao giờ lưu trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/settings_page.py" line="126" />
        <source>Stored — leave empty to keep it</source>
        <translation>Đã lưu — để trống nếu không đổi</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/settings_page.py" line="127" />
        <source>Not stored on this computer</source>
        <translation>Chưa lưu trên máy tính này</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/settings_page.py" line="182" />
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/mail/settings_page.py" line="187" />
        <source>Connecting to the mail server…</source>
        <translation>Đang kết nối máy chủ thư…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="64" />
        <source>Hanoi Desk — coordination office</source>
        <translation>Hanoi Desk — đầu mối điều phối</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="163" />
        <source>Agencies</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="164" />
        <source>Content calendar</source>
        <translation>Lịch nội dung</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="165" />
        <source>Fanpages</source>
        <translation>Fanpage</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="166" />
        <source>Outreach</source>
        <translation>Vận động</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="167" />
        <source>Report intake</source>
        <translation>Tiếp nhận báo cáo</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="168" />
        <source>Change history</source>
        <translation>Lịch sử thay đổi</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="93" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="97" />
        <source>E-mail the last export…</source>
        <translation>Gửi email tệp vừa xuất…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="99" />
        <source>E-mail a file…</source>
        <translation>Gửi email một tệp…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="100" />
        <source>E-mail log…</source>
        <translation>Nhật ký email…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="103" />
        <source>Sign a PDF file digitally…</source>
        <translation>Ký số một tệp PDF…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="107" />
        <source>&amp;Back up…</source>
        <translation>&amp;Sao lưu…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="108" />
        <source>&amp;Restore…</source>
        <translation>&amp;Khôi phục…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="187" />
        <source>Only for a database on this computer; the server's administrator backs up a PostgreSQL database.</source>
        <translation>Chỉ dành cho cơ sở dữ liệu trên máy này; cơ sở dữ liệu PostgreSQL do người quản trị máy chủ sao lưu.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="112" />
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="68" />
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="91" />
        <source>Opening the database…</source>
        <translation>Đang mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="116" />
        <source>E&amp;xit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="119" />
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="120" />
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="121" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="124" />
        <source>&amp;About Hanoi Desk</source>
        <translation>&amp;Giới thiệu Hanoi Desk</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="239" />
        <source>Today's automatic backup failed:</source>
        <translation>Sao lưu tự động hôm nay không thành công:</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="242" />
        <source>Today's automatic backup: %1</source>
        <translation>Bản sao lưu tự động hôm nay: %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="297" />
        <source>Still working in the background: close again in a moment.</source>
        <translation>Chương trình vẫn đang xử lý: vui lòng đóng lại sau giây lát.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="364" />
        <source>Back up the database</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="365" />
        <location filename="../../hanoi_desk/ui/main_window.py" line="382" />
        <source>Hanoi Desk backups (*.db)</source>
        <translation>Bản sao lưu Hanoi Desk (*.db)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="374" />
        <source>Backup failed</source>
        <translation>Sao lưu không thành công</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="376" />
        <source>Backed up to %1</source>
        <translation>Đã sao lưu vào %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="381" />
        <source>Restore the database from a backup</source>
        <translation>Khôi phục cơ sở dữ liệu từ bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="393" />
        <source>Cannot restore</source>
        <translation>Không khôi phục được</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="396" />
        <location filename="../../hanoi_desk/ui/main_window.py" line="420" />
        <source>Restore the database</source>
        <translation>Khôi phục cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="397" />
        <source>Replace the current data with the backup “%1” of %2?
%3

A copy of the current data is kept in the backups folder first.</source>
        <translation>Thay dữ liệu hiện tại bằng bản sao lưu “%1” lúc %2?
%3

Một bản sao của dữ liệu hiện tại sẽ được giữ trong thư mục sao lưu trước khi thay.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="409" />
        <source>Restore failed</source>
        <translation>Khôi phục không thành công</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="416" />
        <source>Restored from %1.</source>
        <translation>Đã khôi phục từ %1.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="418" />
        <source>The previous data is kept in %1.</source>
        <translation>Dữ liệu trước khi khôi phục được giữ tại %1.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="449" />
        <source>Everywhere</source>
        <translation>Toàn chương trình</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="484" />
        <source>Documents are printed as drafts (DỰ THẢO): %1.</source>
        <translation>Văn bản in ra là DỰ THẢO: %1.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="489" />
        <source>Open Settings…</source>
        <translation>Mở Cài đặt…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="532" />
        <source>Sign a PDF file digitally</source>
        <translation>Ký số một tệp PDF</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="533" />
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="565" />
        <source>E-mail a file</source>
        <translation>Gửi email một tệp</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="566" />
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="573" />
        <source>Sent “%1” to %2</source>
        <translation>Đã gửi “%1” tới %2</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/main_window.py" line="575" />
        <source>Draft “%1” opened in the mail program</source>
        <translation>Đã mở thư nháp “%1” trong chương trình email</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/grid.py" line="487" />
        <source>+%1 more</source>
        <translation>+%1 nội dung khác</translation>
    </message>
</context>
<context>
    <name>MoveDateDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="540" />
        <source>New date</source>
        <translation>Ngày mới</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="541" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="380" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="407" />
        <source>Record agreement</source>
        <translation>Ghi nhận thống nhất</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="448" />
        <source>Record distribution</source>
        <translation>Ghi nhận chuyển đăng tải</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="505" />
        <source>Record publication</source>
        <translation>Ghi nhận đã đăng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="536" />
        <source>Move to another day</source>
        <translation>Đổi sang ngày khác</translation>
    </message>
</context>
<context>
    <name>NameCheckDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="546" />
        <source>Look-alike names</source>
        <translation>Tên gần giống</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="549" />
        <source>Similarity</source>
        <translation>Độ giống</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="553" />
        <source>Suspected page</source>
        <translation>Trang nghi mạo danh</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="554" />
        <source>Looks like</source>
        <translation>Giống trang</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="555" />
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="564" />
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="563" />
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="565" />
        <source>Close to</source>
        <translation>Gần giống</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="566" />
        <source>Of agency</source>
        <translation>Của cơ quan</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="572" />
        <source>Likely imitators (%1)</source>
        <translation>Nghi mạo danh (%1)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="576" />
        <source>Confusable pages of different agencies (%1)</source>
        <translation>Trang của các cơ quan khác nhau dễ nhầm (%1)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="580" />
        <source>Names are compared without diacritics, abbreviations (UBND, P., TP) expanded and words such as “fanpage” or “chính thức” ignored. A suspected page that names no imitated page now has its best match recorded.</source>
        <translation>Tên được so không dấu, chữ viết tắt (UBND, P., TP) được viết đầy đủ, bỏ qua các từ như “fanpage”, “chính thức”. Trang nghi mạo danh chưa ghi trang bị mạo danh nay được ghi trang giống nhất.</translation>
    </message>
</context>
<context>
    <name>OfficeFields</name>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/office_fields.py" line="38" />
        <source>Parent body</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/office_fields.py" line="39" />
        <source>Office name</source>
        <translation>Tên cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/office_fields.py" line="40" />
        <source>Office symbol</source>
        <translation>Ký hiệu cơ quan</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/office_fields.py" line="41" />
        <source>Drafting unit</source>
        <translation>Đơn vị soạn thảo</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/office_fields.py" line="42" />
        <source>Place name</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/office_fields.py" line="43" />
        <source>The office in a sentence (e.g. Sở)</source>
        <translation>Cơ quan tự xưng trong văn bản (ví dụ: Sở)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/office_fields.py" line="44" />
        <source>Signing authority (e.g. KT. GIÁM ĐỐC)</source>
        <translation>Thẩm quyền ký (ví dụ KT. GIÁM ĐỐC)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/office_fields.py" line="46" />
        <source>Signer's title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/office_fields.py" line="47" />
        <source>Signer's name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/office_fields.py" line="48" />
        <source>Staff name (recorded on changes)</source>
        <translation>Tên cán bộ (ghi vào lịch sử thay đổi)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/office_fields.py" line="49" />
        <source>The plan, as cited (number, date)</source>
        <translation>Kế hoạch làm căn cứ (số, ngày)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/office_fields.py" line="50" />
        <source>Document numbers</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/office_fields.py" line="51" />
        <source>Content agreement letter: to (one per line)</source>
        <translation>Công văn thống nhất nội dung: kính gửi (mỗi dòng một nơi)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/office_fields.py" line="53" />
        <source>Content agreement letter: copies to (one per line)</source>
        <translation>Công văn thống nhất nội dung: nơi nhận (mỗi dòng một nơi)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/office_fields.py" line="55" />
        <source>Verification letter for Facebook: to</source>
        <translation>Công văn đề nghị xác thực Facebook: kính gửi</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/office_fields.py" line="57" />
        <source>Verification letter for Zalo OA: to</source>
        <translation>Công văn đề nghị xác thực Zalo OA: kính gửi</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/office_fields.py" line="59" />
        <source>Verification letter for YouTube: to</source>
        <translation>Công văn đề nghị xác thực YouTube: kính gửi</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/office_fields.py" line="61" />
        <source>Verification letter for TikTok: to</source>
        <translation>Công văn đề nghị xác thực TikTok: kính gửi</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/office_fields.py" line="63" />
        <source>Verification letter for other platforms: to</source>
        <translation>Công văn đề nghị xác thực nền tảng khác: kính gửi</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/office_fields.py" line="69" />
        <source>Left blank: the văn thư numbers them when they are issued</source>
        <translation>Để trống: văn thư ghi số khi phát hành</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/office_fields.py" line="71" />
        <source>Taken from Hanoi Desk's register</source>
        <translation>Lấy số từ sổ đăng ký của Hanoi Desk</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/office_fields.py" line="78" />
        <source>DRAFT (DỰ THẢO) on every page: %1 — see Settings</source>
        <translation>DỰ THẢO trên mọi trang: %1 — xem Cài đặt</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/office_fields.py" line="97" />
        <source>Type to search the roster (e.g. van hoa), or type a name</source>
        <translation>Gõ để tìm trong danh sách cơ quan (ví dụ: van hoa), hoặc gõ tên</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/office_fields.py" line="164" />
        <source>e.g. Kế hoạch số …/KH-UBND ngày … của Ủy ban nhân dân Thành phố về …</source>
        <translation>ví dụ: Kế hoạch số …/KH-UBND ngày … của Ủy ban nhân dân Thành phố về …</translation>
    </message>
</context>
<context>
    <name>OutreachTab</name>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="118" />
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="158" />
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="185" />
        <source>Site or network</source>
        <translation>Trang/mạng xã hội</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="119" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="121" />
        <source>Domain</source>
        <translation>Tên miền</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="123" />
        <source>Double-click the domain or press Ctrl+O to open the site</source>
        <translation>Nháy đúp vào tên miền hoặc bấm Ctrl+O để mở trang</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="126" />
        <source>Outreach stage</source>
        <translation>Tình trạng vận động</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="130" />
        <source>Since</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="131" />
        <source>Hanoi column</source>
        <translation>Chuyên mục về Hà Nội</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="133" />
        <source>May quote</source>
        <translation>Được trích dẫn nguồn</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="136" />
        <source>Asked to quote</source>
        <translation>Đề nghị trích dẫn</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="140" />
        <source>Articles this year</source>
        <translation>Tin, bài trong năm</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="141" />
        <source>Licence</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="142" />
        <source>Licence date</source>
        <translation>Ngày cấp phép</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="143" />
        <source>Visits / members</source>
        <translation>Lượt truy cập/thành viên</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="144" />
        <source>Company</source>
        <translation>Tổ chức, doanh nghiệp</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="146" />
        <source>Person in charge</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="150" />
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="151" />
        <source>Monitoring staff</source>
        <translation>Nhân sự giám sát</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="152" />
        <source>Our staff</source>
        <translation>Cán bộ theo dõi</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="153" />
        <source>Reason / notes</source>
        <translation>Lý do, ghi chú</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="159" />
        <source>Press agency</source>
        <translation>Cơ quan báo chí</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="161" />
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="163" />
        <source>Asked on</source>
        <translation>Ngày đề nghị</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="164" />
        <source>Proposal</source>
        <translation>Công văn đề nghị</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="165" />
        <source>Answered on</source>
        <translation>Ngày trả lời</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="166" />
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="167" />
        <source>Note / reason</source>
        <translation>Ghi chú, lý do</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="178" />
        <source>Calendar: %1, entered: %2</source>
        <translation>Theo lịch nội dung: %1, nhập thêm: %2</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="187" />
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="188" />
        <source>From the calendar</source>
        <translation>Theo lịch nội dung</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="189" />
        <source>Entered</source>
        <translation>Nhập thêm</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="193" />
        <source>Search by name, domain, press agency, person… (Ctrl+F)</source>
        <translation>Tìm theo tên, tên miền, cơ quan báo chí, người phụ trách… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="196" />
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="197" />
        <source>All stages</source>
        <translation>Tất cả các bước</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="198" />
        <source>Any citation</source>
        <translation>Tất cả tình trạng trích dẫn</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="199" />
        <source>May quote some press</source>
        <translation>Đã được trích dẫn nguồn</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="199" />
        <source>Waiting for an answer</source>
        <translation>Đang chờ trả lời</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="200" />
        <source>Requests not yet sent</source>
        <translation>Đề nghị chưa gửi</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="201" />
        <source>Ended sites too</source>
        <translation>Cả trang đã ngừng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="210" />
        <source>&amp;New site</source>
        <translation>&amp;Thêm trang</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="211" />
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="212" />
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="213" />
        <source>&amp;Open the site</source>
        <translation>&amp;Mở trang</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="215" />
        <source>Contacted…</source>
        <translation>Đã liên hệ…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="216" />
        <source>Agreed…</source>
        <translation>Đồng ý…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="217" />
        <source>Hanoi column opened…</source>
        <translation>Đã có chuyên mục về Hà Nội…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="218" />
        <source>Carries articles…</source>
        <translation>Đăng tin xen kẽ…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="219" />
        <source>Refused…</source>
        <translation>Bị từ chối…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="220" />
        <source>Paused…</source>
        <translation>Tạm dừng…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="222" />
        <source>&amp;History…</source>
        <translation>&amp;Lịch sử…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="223" />
        <source>Ask to quote…</source>
        <translation>Đề nghị trích dẫn…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="225" />
        <source>Record which press agencies the selected site asks to quote (Ctrl+Shift+Q)</source>
        <translation>Ghi nhận các cơ quan báo chí mà trang đang chọn đề nghị được trích dẫn (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="228" />
        <source>Allowed…</source>
        <translation>Được phép…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="229" />
        <source>Not allowed…</source>
        <translation>Không được phép…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="231" />
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="618" />
        <source>Withdraw the request</source>
        <translation>Rút đề nghị</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="232" />
        <source>Number of the proposal…</source>
        <translation>Số công văn đề nghị…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="233" />
        <source>Propose to the board…</source>
        <translation>Đề nghị Ban…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="236" />
        <source>Write the official letter asking the board to have the city's press allow the sites to quote them: every request not yet sent (Ctrl+Shift+P)</source>
        <translation>Lập công văn đề nghị Ban chỉ đạo các cơ quan báo chí Thành phố cho phép các trang trích dẫn nguồn tin: mọi đề nghị chưa gửi (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="241" />
        <source>Invitation letter…</source>
        <translation>Thư mời mở chuyên mục…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="244" />
        <source>Write the letter inviting the company running the selected site to open a Hanoi column (from the template)</source>
        <translation>Lập thư mời tổ chức, doanh nghiệp quản lý trang đang chọn mở chuyên mục về Hà Nội (theo mẫu)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="248" />
        <source>Letter templates…</source>
        <translation>Mẫu văn bản…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="249" />
        <source>Enter articles…</source>
        <translation>Nhập số tin, bài…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="250" />
        <source>Record a step</source>
        <translation>Ghi nhận bước</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="255" />
        <source>Citation</source>
        <translation>Trích dẫn nguồn tin</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="202" />
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="203" />
        <source>Stage:</source>
        <translation>Tình trạng:</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="204" />
        <source>Citation:</source>
        <translation>Trích dẫn:</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="301" />
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="306" />
        <source>Counted from the calendar's publications on each site, plus the articles entered from the sites' own reports. Double-click a month to enter them.</source>
        <translation>Đếm từ các lần đăng tải trong lịch nội dung trên từng trang, cộng số tin, bài nhập thêm theo báo cáo của trang. Nháy đúp vào một tháng để nhập.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="316" />
        <source>Sites and networks</source>
        <translation>Trang, mạng xã hội</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="317" />
        <source>Citation permissions</source>
        <translation>Trích dẫn nguồn tin</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="318" />
        <source>Articles about Hanoi</source>
        <translation>Tin, bài về Hà Nội</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="463" />
        <source>Showing %1 of %2 sites — %3 contacted, %4 agreed, %5 with a Hanoi column; %6 permission(s) granted, %7 request(s) not yet sent</source>
        <translation>Hiển thị %1 / %2 trang — %3 đã liên hệ, %4 đồng ý, %5 có chuyên mục về Hà Nội; %6 lượt được phép trích dẫn, %7 đề nghị chưa gửi</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="543" />
        <source>Cannot open</source>
        <translation>Không mở được</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="557" />
        <source>Delete sites</source>
        <translation>Xóa trang</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="554" />
        <source>Delete %1 site(s) from the roster, with their outreach steps, citation permissions and articles entered? This cannot be undone.</source>
        <translation>Xóa %1 trang khỏi danh bạ, cùng các bước vận động, trích dẫn nguồn tin và số tin, bài đã nhập? Không hoàn tác được.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="591" />
        <source>Ask to quote</source>
        <translation>Đề nghị trích dẫn</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="593" />
        <source>The roster has no press agency yet: add the city's press agencies to the roster first.</source>
        <translation>Danh bạ chưa có cơ quan báo chí nào: hãy thêm các cơ quan báo chí Thành phố vào danh bạ trước.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="619" />
        <source>Withdraw the request of “%1” to quote %2? It was not sent yet.</source>
        <translation>Rút đề nghị của “%1” được trích dẫn %2? Đề nghị này chưa gửi.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="630" />
        <source>Cannot withdraw</source>
        <translation>Không rút được</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="644" />
        <source>Number of the proposal</source>
        <translation>Số công văn đề nghị</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="645" />
        <source>The number the letter of %1 was given when it was issued:</source>
        <translation>Số văn thư đã cấp cho công văn ngày %1:</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="654" />
        <source>Cannot save the number</source>
        <translation>Không lưu được số</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="669" />
        <source>Propose to the board</source>
        <translation>Đề nghị Ban</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="671" />
        <source>No request to quote is waiting to be sent: nothing to propose. Record what a site asks to quote first (Ctrl+Shift+Q).</source>
        <translation>Không có đề nghị trích dẫn nào chưa gửi: không có gì để đề nghị. Hãy ghi nhận đề nghị của trang trước (Ctrl+Shift+Q).</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="682" />
        <source>Save the proposal letter</source>
        <translation>Lưu công văn đề nghị</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="684" />
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="727" />
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="709" />
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="748" />
        <source>The letter was not written</source>
        <translation>Chưa lập được công văn</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="725" />
        <source>Save the invitation letter</source>
        <translation>Lưu thư mời</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="788" />
        <source>Enter articles</source>
        <translation>Nhập số tin, bài</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="789" />
        <source>Select a site (in the list or in the articles table) first.</source>
        <translation>Hãy chọn một trang (trong danh sách hoặc bảng tin, bài) trước.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="801" />
        <source>Import sites from Excel</source>
        <translation>Nhập danh sách trang từ Excel</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="802" />
        <source>Saving the imported sites…</source>
        <translation>Đang lưu các trang được nhập…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/tab.py" line="800" />
        <source>Export the outreach to Excel</source>
        <translation>Xuất dữ liệu vận động ra Excel</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../hanoi_desk/ui/overview/tab.py" line="75" />
        <source>&amp;Refresh figures</source>
        <translation>&amp;Tính lại số liệu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/overview/tab.py" line="76" />
        <source>&amp;Today</source>
        <translation>&amp;Hôm nay</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/overview/tab.py" line="77" />
        <source>P&amp;revious day</source>
        <translation>Ngày &amp;trước</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/overview/tab.py" line="78" />
        <source>&amp;Next day</source>
        <translation>Ngày &amp;sau</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/overview/tab.py" line="79" />
        <source>&amp;Print overview…</source>
        <translation>&amp;In trang tổng quan…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/overview/tab.py" line="80" />
        <source>E&amp;xport overview…</source>
        <translation>&amp;Xuất trang tổng quan…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/overview/tab.py" line="81" />
        <source>E-&amp;mail overview…</source>
        <translation>&amp;Gửi email trang tổng quan…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/overview/tab.py" line="94" />
        <source>The day the figures are counted up to</source>
        <translation>Số liệu tính đến hết ngày này</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/overview/tab.py" line="95" />
        <source>Figures up to:</source>
        <translation>Số liệu đến ngày:</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/overview/tab.py" line="108" />
        <location filename="../../hanoi_desk/ui/overview/tab.py" line="207" />
        <location filename="../../hanoi_desk/ui/overview/tab.py" line="209" />
        <source>Counting the figures…</source>
        <translation>Đang tính số liệu…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/overview/tab.py" line="123" />
        <source>Latest changes</source>
        <translation>Thay đổi gần đây</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/overview/tab.py" line="225" />
        <source>The figures could not be counted: %1</source>
        <translation>Không tính được số liệu: %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/overview/tab.py" line="238" />
        <source>Overview up to %1: %2 overdue, %3 due this week</source>
        <translation>Tổng quan đến ngày %1: %2 nội dung quá hạn, %3 đến hạn tuần này</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/overview/tab.py" line="292" />
        <source>Show the list: %1</source>
        <translation>Xem danh sách: %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/overview/tab.py" line="320" />
        <source>No change has been recorded yet.</source>
        <translation>Chưa có thay đổi nào được ghi lại.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/overview/tab.py" line="327" />
        <source>All changes…</source>
        <translation>Tất cả thay đổi…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/overview/tab.py" line="350" />
        <source>The figures are still being counted: try again in a moment.</source>
        <translation>Số liệu đang được tính: xin thử lại sau giây lát.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/overview/tab.py" line="381" />
        <source>PDF, one A4 page (*.pdf)</source>
        <translation>PDF, một trang A4 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/overview/tab.py" line="381" />
        <source>Picture (*.png)</source>
        <translation>Ảnh (*.png)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/overview/tab.py" line="382" />
        <source>Export the overview</source>
        <translation>Xuất trang tổng quan</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/overview/tab.py" line="404" />
        <source>Cannot write the overview</source>
        <translation>Không ghi được trang tổng quan</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="321" />
        <source>Propose verification</source>
        <translation>Đề nghị xác thực</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="327" />
        <source>The official letters asking the platforms to verify %1 page(s) of %2 agency(ies), one letter per company: %3. The pages are marked “proposed” with the letter's date (and number).</source>
        <translation>Các công văn đề nghị nền tảng xác thực %1 trang của %2 cơ quan, đơn vị, mỗi công ty một công văn: %3. Các trang được ghi nhận “Đã đề nghị” với ngày (và số) công văn.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="338" />
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="339" />
        <source>Platform</source>
        <translation>Nền tảng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="340" />
        <source>Page name</source>
        <translation>Tên trang</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="341" />
        <source>Link</source>
        <translation>Đường dẫn</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="353" />
        <source>taken from the register when the letters are written</source>
        <translation>lấy từ sổ đăng ký khi lập công văn</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="356" />
        <source>left blank: the văn thư numbers each letter</source>
        <translation>để trống: văn thư ghi số từng công văn</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="359" />
        <source>empty: the văn thư writes it in when the letter is issued</source>
        <translation>để trống: văn thư ghi số khi phát hành</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="362" />
        <source>Letter number</source>
        <translation>Số công văn</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="363" />
        <source>Symbol</source>
        <translation>Ký hiệu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="364" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="369" />
        <source>Write the letters…</source>
        <translation>Lập công văn…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="389" />
        <source>A number is digits only (e.g. 125); leave it empty for the văn thư.</source>
        <translation>Số chỉ gồm chữ số (ví dụ 125); để trống để văn thư ghi số.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="516" />
        <source>Write the letter…</source>
        <translation>Lập công văn…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="370" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="489" />
        <source>Propose to the board</source>
        <translation>Đề nghị Ban</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="494" />
        <source>The official letter asking the party's propaganda board to have the city's press allow %1 site(s) to quote %2 press agency(ies). The requests are marked “sent” with the letter's date; its number is left blank for the clerk's register.</source>
        <translation>Công văn đề nghị Ban Tuyên giáo chỉ đạo các cơ quan báo chí Thành phố cho phép %1 trang được trích dẫn nguồn tin của %2 cơ quan báo chí. Các đề nghị được ghi nhận “đã gửi” theo ngày công văn; số công văn để trống để văn thư vào sổ.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="505" />
        <source>Site</source>
        <translation>Trang</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="506" />
        <source>Domain</source>
        <translation>Tên miền</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="507" />
        <source>Licence</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="508" />
        <source>Press agencies asked</source>
        <translation>Cơ quan báo chí đề nghị</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="514" />
        <source>Date of the letter</source>
        <translation>Ngày công văn</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="517" />
        <source>Published on (agency or site)</source>
        <translation>Đăng tại (cơ quan hoặc trang)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="518" />
        <source>Link</source>
        <translation>Đường dẫn</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="519" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="520" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/calendar/dialogs.py" line="436" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/reports/receipt_dialog.py" line="70" />
        <source>Edit report</source>
        <translation>Sửa báo cáo đã nhận</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/receipt_dialog.py" line="70" />
        <source>Record report</source>
        <translation>Ghi nhận báo cáo</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/receipt_dialog.py" line="76" />
        <source>report for %1</source>
        <translation>báo cáo năm %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/receipt_dialog.py" line="77" />
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/receipt_dialog.py" line="81" />
        <source>e.g. 125/BC-UBND</source>
        <translation>ví dụ 125/BC-UBND</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/receipt_dialog.py" line="83" />
        <source>Dated</source>
        <translation>Có ngày</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/receipt_dialog.py" line="88" />
        <source>Received on *</source>
        <translation>Ngày nhận *</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/receipt_dialog.py" line="89" />
        <source>Document number</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/receipt_dialog.py" line="90" />
        <source>Document date</source>
        <translation>Ngày văn bản</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/receipt_dialog.py" line="92" />
        <source>Figures (— = not stated in the report)</source>
        <translation>Số liệu (— = báo cáo không nêu)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/receipt_dialog.py" line="107" />
        <source>What the report says</source>
        <translation>Nội dung báo cáo</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/receipt_dialog.py" line="116" />
        <location filename="../../hanoi_desk/ui/reports/receipt_dialog.py" line="120" />
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/receipt_dialog.py" line="117" />
        <location filename="../../hanoi_desk/ui/reports/receipt_dialog.py" line="120" />
        <source>Difficulties</source>
        <translation>Khó khăn, vướng mắc</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/receipt_dialog.py" line="118" />
        <location filename="../../hanoi_desk/ui/reports/receipt_dialog.py" line="121" />
        <source>Proposals</source>
        <translation>Đề xuất, kiến nghị</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/receipt_dialog.py" line="119" />
        <location filename="../../hanoi_desk/ui/reports/receipt_dialog.py" line="121" />
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/receipt_dialog.py" line="122" />
        <source>New file</source>
        <translation>Tệp mới</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/receipt_dialog.py" line="125" />
        <source>File (PDF, Word or scan), kept in the database</source>
        <translation>Tệp báo cáo (PDF, Word hoặc bản quét), lưu trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/receipt_dialog.py" line="129" />
        <source>Choose file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/receipt_dialog.py" line="123" />
        <location filename="../../hanoi_desk/ui/reports/receipt_dialog.py" line="130" />
        <source>Remove file</source>
        <translation>Bỏ tệp</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/receipt_dialog.py" line="140" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/receipt_dialog.py" line="141" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/receipt_dialog.py" line="214" />
        <source>New: %1 (%2 KB)</source>
        <translation>Tệp mới: %1 (%2 KB)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/receipt_dialog.py" line="217" />
        <source>Stored: %1 (%2 KB)</source>
        <translation>Đã lưu: %1 (%2 KB)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/receipt_dialog.py" line="221" />
        <source>No file</source>
        <translation>Chưa có tệp</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/receipt_dialog.py" line="231" />
        <source>Choose the report file</source>
        <translation>Chọn tệp báo cáo</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/receipt_dialog.py" line="232" />
        <source>Reports (*.pdf *.doc *.docx *.odt *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Báo cáo (*.pdf *.doc *.docx *.odt *.jpg *.jpeg *.png *.tif *.tiff);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/receipt_dialog.py" line="242" />
        <source>The file is larger than %1 MB.</source>
        <translation>Tệp lớn hơn %1 MB.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/receipt_dialog.py" line="246" />
        <source>Cannot attach the file</source>
        <translation>Không đính kèm được tệp</translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/history/view.py" line="275" />
        <source>History — %1</source>
        <translation>Lịch sử — %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history/view.py" line="292" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history/view.py" line="309" />
        <source>%1 changes; created %2 by %3.</source>
        <translation>%1 thay đổi; tạo lúc %2 bởi %3.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/history/view.py" line="314" />
        <source>No change has been recorded for this record yet.</source>
        <translation>Chưa có thay đổi nào được ghi cho bản ghi này.</translation>
    </message>
</context>
<context>
    <name>ReportSettingsDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="703" />
        <source>Report settings</source>
        <translation>Thiết lập báo cáo</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="723" />
        <source>day</source>
        <translation>ngày</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="725" />
        <source>month</source>
        <translation>tháng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="734" />
        <source>Agencies that must report</source>
        <translation>Cơ quan, đơn vị phải báo cáo</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="735" />
        <source>Deadline each year</source>
        <translation>Hạn báo cáo hằng năm</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="736" />
        <source>Recipients of the report (one per line)</source>
        <translation>Nơi nhận của báo cáo (mỗi dòng một nơi)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="737" />
        <source>Recipients of the reminder (one per line)</source>
        <translation>Nơi nhận của công văn đôn đốc (mỗi dòng một nơi)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="738" />
        <source>The office, the signer, the plan as cited and how documents are numbered are in Settings (File › Settings). A last line “Lưu: VT, &lt;unit&gt;” is added when the list has none.</source>
        <translation>Cơ quan, người ký, kế hoạch làm căn cứ và cách lấy số văn bản nằm trong Cài đặt (Tệp › Cài đặt). Dòng cuối “Lưu: VT, &lt;đơn vị&gt;” được thêm vào khi danh sách chưa có.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="748" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="749" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="100" />
        <source>Portal items</source>
        <translation>Tin trên cổng TTĐT</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="101" />
        <source>Fanpage items</source>
        <translation>Tin trên fanpage</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="102" />
        <source>Fanpages</source>
        <translation>Fanpage</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="103" />
        <source>Monitoring staff</source>
        <translation>Nhân sự giám sát</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="104" />
        <source>Interactions</source>
        <translation>Tương tác đã xử lý</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="112" />
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="113" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="114" />
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="116" />
        <source>Reported although not on the list of agencies that must report this year</source>
        <translation>Đã gửi báo cáo dù không thuộc danh sách phải báo cáo năm nay</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="118" />
        <source>Received on</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="119" />
        <source>Document number</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="120" />
        <source>Document date</source>
        <translation>Ngày văn bản</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="123" />
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="126" />
        <source>Digital signature</source>
        <translation>Chữ ký số</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="128" />
        <source>Recorded by</source>
        <translation>Người ghi nhận</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="132" />
        <source>Search by agency, document number… (Ctrl+F)</source>
        <translation>Tìm theo tên cơ quan, số văn bản… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="138" />
        <source>All statuses</source>
        <translation>Tất cả tình trạng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="139" />
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="139" />
        <source>Not received</source>
        <translation>Chưa nhận</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="140" />
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="145" />
        <source>&amp;Record report…</source>
        <translation>&amp;Ghi nhận báo cáo…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="146" />
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="147" />
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="148" />
        <source>&amp;Open file</source>
        <translation>&amp;Mở tệp</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="522" />
        <source>&amp;Import tally…</source>
        <translation>&amp;Nhập bảng theo dõi…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="152" />
        <source>Reminder &amp;letter (PDF)…</source>
        <translation>Công văn đôn đốc (P&amp;DF)…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="153" />
        <source>&amp;Annual report (PDF)…</source>
        <translation>&amp;Báo cáo tổng hợp (PDF)…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="154" />
        <source>Appendix as its own file</source>
        <translation>Phụ lục thành tệp riêng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="157" />
        <source>Write the annual report's appendix as a separate PDF beside it, which the office signs on its own (a text signature at the top right of its first page)</source>
        <translation>Ghi phụ lục của báo cáo năm thành một tệp PDF riêng bên cạnh, để cơ quan ký số riêng (chữ ký dạng văn bản ở góc trên bên phải trang đầu)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="161" />
        <source>Recheck &amp;signatures</source>
        <translation>&amp;Kiểm tra lại chữ ký</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="162" />
        <source>Verify the digital signatures of this year's received reports again, against the trusted roots as they are now</source>
        <translation>Kiểm tra lại chữ ký số của các báo cáo đã nhận trong năm, theo các chứng thư gốc tin cậy hiện có</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="151" />
        <source>Print preview of the annual report, as of now</source>
        <translation>Xem trước và in báo cáo năm theo số liệu hiện tại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="164" />
        <source>Report &amp;settings…</source>
        <translation>&amp;Thiết lập báo cáo…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="172" />
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="141" />
        <source>Status:</source>
        <translation>Tình trạng:</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="142" />
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="185" />
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="188" />
        <source>Office's report: text</source>
        <translation>Nội dung báo cáo của Sở</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="191" />
        <source>empty: written by hand when registered</source>
        <translation>để trống: ghi tay khi vào sổ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="194" />
        <source>III. Shortcomings — one paragraph per line</source>
        <translation>III. Tồn tại, hạn chế — mỗi dòng một đoạn</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="196" />
        <source>IV. Proposals — one paragraph per line</source>
        <translation>IV. Đề xuất, kiến nghị — mỗi dòng một đoạn</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="197" />
        <source>Draft from the data</source>
        <translation>Soạn từ số liệu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="198" />
        <source>Write sections III and IV again from the data: who has not reported, who was late, pages not verified, impersonators still up (Ctrl+Z undoes it)</source>
        <translation>Soạn lại mục III và IV từ số liệu: đơn vị chưa gửi báo cáo, gửi muộn, trang chưa được xác thực, trang mạo danh chưa bị gỡ (Ctrl+Z để hoàn tác)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="201" />
        <source>Save text</source>
        <translation>Lưu nội dung</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="204" />
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="497" />
        <source>Report number</source>
        <translation>Số báo cáo</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="205" />
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="497" />
        <source>III. Shortcomings</source>
        <translation>III. Tồn tại, hạn chế</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="206" />
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="498" />
        <source>IV. Proposals</source>
        <translation>IV. Đề xuất, kiến nghị</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="290" />
        <source>Deadline: %1</source>
        <translation>Hạn báo cáo: %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="291" />
        <source>Received: &lt;b&gt;%1 / %2&lt;/b&gt;</source>
        <translation>Đã nhận: &lt;b&gt;%1 / %2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="292" />
        <source>On time: %1 — late: %2</source>
        <translation>Đúng hạn: %1 — muộn: %2</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="293" />
        <source>Missing: %1 — not yet due: %2</source>
        <translation>Chưa gửi (quá hạn): %1 — chưa đến hạn: %2</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="313" />
        <source>Saved by %1 at %2</source>
        <translation>%1 lưu lúc %2</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="316" />
        <source>Not saved yet</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="318" />
        <source>III, IV: drafted from the data until saved</source>
        <translation>III, IV: soạn từ số liệu cho đến khi lưu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="358" />
        <source>Showing %1 of %2 agencies (year %3)</source>
        <translation>Hiển thị %1 / %2 cơ quan, đơn vị (năm %3)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="410" />
        <source>Cannot open</source>
        <translation>Không mở được</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="424" />
        <source>Delete report</source>
        <translation>Xóa báo cáo</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="425" />
        <source>Delete the recorded report of %1 for %2, with its file? This cannot be undone.</source>
        <translation>Xóa báo cáo năm %2 đã ghi nhận của %1, cùng tệp đính kèm? Không thể hoàn tác.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="452" />
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="455" />
        <source>Cannot open the file</source>
        <translation>Không mở được tệp</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="456" />
        <source>No program is set up to open %1.</source>
        <translation>Máy chưa có chương trình mở được %1.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="479" />
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="487" />
        <source>Text not saved</source>
        <translation>Chưa lưu được nội dung</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="488" />
        <source>Load the latest text now? Yours is copied to the clipboard, so you can paste back what you need.</source>
        <translation>Tải nội dung mới nhất ngay? Nội dung của anh/chị được chép vào bộ nhớ tạm để dán lại phần cần thiết.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="506" />
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="566" />
        <source>Unsaved report text</source>
        <translation>Nội dung báo cáo chưa lưu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="507" />
        <source>The text of the office's report for %1 has changes that are not saved. Save them?</source>
        <translation>Nội dung báo cáo năm %1 của Sở có thay đổi chưa lưu. Lưu lại?</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="515" />
        <source>Report text saved</source>
        <translation>Đã lưu nội dung báo cáo</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="520" />
        <source>Import a tally of reports from Excel</source>
        <translation>Nhập bảng theo dõi báo cáo từ Excel</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="521" />
        <source>Saving the imported reports…</source>
        <translation>Đang lưu các báo cáo được nhập…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="519" />
        <source>Export the intake table to Excel</source>
        <translation>Xuất bảng tiếp nhận báo cáo ra Excel</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="567" />
        <source>Sections III and IV of the report for %1 have changes that are not saved. The document uses the saved text: save the changes first?</source>
        <translation>Mục III và IV của báo cáo năm %1 có thay đổi chưa lưu. Văn bản được lập từ nội dung đã lưu: lưu các thay đổi trước?</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="578" />
        <source>Save the annual report</source>
        <translation>Lưu báo cáo tổng hợp</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="579" />
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="656" />
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="626" />
        <source>Checking the digital signatures of the received reports again…</source>
        <translation>Đang kiểm tra lại chữ ký số của các báo cáo đã nhận…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="643" />
        <source>Digital signatures checked again: %1 report file(s), %2 verdict(s) changed</source>
        <translation>Đã kiểm tra lại chữ ký số: %1 tệp báo cáo, %2 kết quả thay đổi</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="649" />
        <source>Signatures not checked</source>
        <translation>Chưa kiểm tra lại được chữ ký</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="654" />
        <source>Save the reminder letter</source>
        <translation>Lưu công văn đôn đốc</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/reports/tab.py" line="689" />
        <source>Cannot print</source>
        <translation>Không in được</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="357" />
        <source>Ask to quote — %1</source>
        <translation>Đề nghị trích dẫn — %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="361" />
        <source>Press agencies “%1” asks to quote. They go into the next proposal to the board.</source>
        <translation>Các cơ quan báo chí “%1” đề nghị được trích dẫn. Đề nghị sẽ đưa vào công văn gửi Ban lần tới.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="372" />
        <source>%1 (already asked or allowed)</source>
        <translation>%1 (đã đề nghị hoặc được phép)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="379" />
        <source>Asked on</source>
        <translation>Ngày đề nghị</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="382" />
        <source>Record the request</source>
        <translation>Ghi nhận đề nghị</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <location filename="../../hanoi_desk/ui/roster/tab.py" line="63" />
        <source>Name</source>
        <translation>Tên cơ quan</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/tab.py" line="64" />
        <source>Short name</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/tab.py" line="65" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/tab.py" line="66" />
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/tab.py" line="67" />
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/tab.py" line="68" />
        <source>Focal point</source>
        <translation>Người đầu mối</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/tab.py" line="69" />
        <source>Focal point's phone</source>
        <translation>ĐT người đầu mối</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/tab.py" line="70" />
        <source>Contacts</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/tab.py" line="71" />
        <source>Active from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/tab.py" line="72" />
        <source>Active until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/tab.py" line="73" />
        <source>Merged into</source>
        <translation>Sáp nhập vào</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/tab.py" line="74" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/tab.py" line="81" />
        <source>Search by name, short name, contact… (Ctrl+F)</source>
        <translation>Tìm theo tên, tên viết tắt, người liên hệ… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/tab.py" line="84" />
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/tab.py" line="88" />
        <source>Show merged and abolished units too</source>
        <translation>Hiện cả đơn vị đã sáp nhập, giải thể</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/tab.py" line="89" />
        <source>Show all, including merged and abolished units</source>
        <translation>Hiện tất cả, kể cả đơn vị đã sáp nhập, giải thể</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/tab.py" line="143" />
        <source>&amp;New agency</source>
        <translation>&amp;Thêm mới</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/tab.py" line="144" />
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/tab.py" line="145" />
        <source>E&amp;nd (merge or abolish)…</source>
        <translation>&amp;Kết thúc hoạt động…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/tab.py" line="146" />
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/tab.py" line="148" />
        <source>&amp;History…</source>
        <translation>&amp;Lịch sử…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/tab.py" line="90" />
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/tab.py" line="90" />
        <source>Active on:</source>
        <translation>Hiệu lực ngày:</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/tab.py" line="105" />
        <source>Showing %1 of %2 agencies</source>
        <translation>Hiển thị %1 / %2 cơ quan, đơn vị</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/tab.py" line="123" />
        <source>No active unit matches “%1”; %2 merged or abolished units do.</source>
        <translation>Không có đơn vị đang hoạt động nào khớp “%1”; có %2 đơn vị đã sáp nhập hoặc giải thể khớp.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/tab.py" line="125" />
        <source>Show them</source>
        <translation>Hiện các đơn vị đó</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/tab.py" line="127" />
        <source>Nothing matches the search and filters.</source>
        <translation>Không có cơ quan, đơn vị nào khớp nội dung tìm và bộ lọc.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/tab.py" line="128" />
        <source>Clear the filters</source>
        <translation>Xóa bộ lọc</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/tab.py" line="200" />
        <source>Cannot open</source>
        <translation>Không mở được</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/tab.py" line="217" />
        <source>Cannot end the agency</source>
        <translation>Không kết thúc được</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/tab.py" line="227" />
        <source>Delete agencies</source>
        <translation>Xóa cơ quan, đơn vị</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/tab.py" line="224" />
        <source>Delete %1 agency(ies)? This cannot be undone.
To record a merger or abolition, use “End” instead.</source>
        <translation>Xóa %1 cơ quan, đơn vị? Không thể hoàn tác.
Nếu đơn vị sáp nhập hoặc giải thể, hãy dùng “Kết thúc hoạt động”.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/tab.py" line="237" />
        <source>Some agencies were not deleted</source>
        <translation>Một số đơn vị không xóa được</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/tab.py" line="243" />
        <source>Import agencies from Excel</source>
        <translation>Nhập danh sách cơ quan từ Excel</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/tab.py" line="244" />
        <source>Saving the imported agencies…</source>
        <translation>Đang lưu các cơ quan, đơn vị được nhập…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/roster/tab.py" line="242" />
        <source>Export the roster to Excel</source>
        <translation>Xuất danh sách cơ quan ra Excel</translation>
    </message>
</context>
<context>
    <name>ServerFields</name>
    <message>
        <location filename="../../hanoi_desk/ui/settings/server_fields.py" line="57" />
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/server_fields.py" line="58" />
        <source>Port</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/server_fields.py" line="59" />
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/server_fields.py" line="60" />
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/server_fields.py" line="61" />
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/server_fields.py" line="71" />
        <source>Test connection</source>
        <translation>Thử kết nối</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/server_fields.py" line="108" />
        <source>(kept in the credential store)</source>
        <translation>(đã cất trong kho mật khẩu)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/server_fields.py" line="187" />
        <source>Connected: %1</source>
        <translation>Đã kết nối: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/settings/dialog.py" line="49" />
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/dialog.py" line="51" />
        <source>Coordinating office (shared by every workstation)</source>
        <translation>Cơ quan đầu mối (dùng chung cho mọi máy)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/dialog.py" line="57" />
        <source>This workstation</source>
        <translation>Máy này</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/dialog.py" line="62" />
        <source>Language (after restart)</source>
        <translation>Ngôn ngữ (sau khi mở lại)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/dialog.py" line="64" />
        <source>(the shared staff name, else the Windows user)</source>
        <translation>(tên cán bộ dùng chung, nếu không có thì tên người dùng Windows)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/dialog.py" line="65" />
        <source>Your name (recorded on your changes)</source>
        <translation>Tên của anh/chị (ghi vào các thay đổi)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/dialog.py" line="68" />
        <source>Daily backups to keep</source>
        <translation>Số bản sao lưu hằng ngày được giữ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/dialog.py" line="73" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/dialog.py" line="74" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/dialog.py" line="83" />
        <source>Office</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/dialog.py" line="86" />
        <source>Addressees of the office's letters (shared by every workstation)</source>
        <translation>Nơi gửi công văn của cơ quan (dùng chung cho mọi máy)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/dialog.py" line="91" />
        <source>Letters</source>
        <translation>Công văn</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/dialog.py" line="95" />
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/dialog.py" line="99" />
        <source>Digital signatures</source>
        <translation>Chữ ký số</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/dialog.py" line="104" />
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/dialog.py" line="111" />
        <source>Database of this workstation</source>
        <translation>Cơ sở dữ liệu của máy này</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/dialog.py" line="113" />
        <source>This computer only (SQLite file)</source>
        <translation>Chỉ máy này (tệp SQLite)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/dialog.py" line="114" />
        <source>Shared PostgreSQL server (several clerks)</source>
        <translation>Máy chủ PostgreSQL dùng chung (nhiều cán bộ)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/dialog.py" line="122" />
        <source>The password is kept in the operating system's credential store, never in a file. A new database choice takes effect when Hanoi Desk next starts.</source>
        <translation>Mật khẩu được cất trong kho mật khẩu của hệ điều hành, không bao giờ ghi ra tệp. Lựa chọn cơ sở dữ liệu mới có hiệu lực khi mở lại Hanoi Desk.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/settings/dialog.py" line="138" />
        <source>Documents are printed as drafts (DỰ THẢO) until this is fixed: %1</source>
        <translation>Văn bản in ra là DỰ THẢO cho đến khi sửa: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/shortcuts.py" line="86" />
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/shortcuts.py" line="88" />
        <source>Where</source>
        <translation>Ở đâu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/shortcuts.py" line="89" />
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/shortcuts.py" line="90" />
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/shortcuts.py" line="96" />
        <source>Search actions and keys…</source>
        <translation>Tìm thao tác, phím…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/shortcuts.py" line="104" />
        <source>Keys of the tab in front work while it is shown; “Everywhere” keys work in every tab.</source>
        <translation>Phím của một trang dùng được khi trang đó đang mở; phím “Toàn chương trình” dùng được ở mọi trang.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/signing/dialog.py" line="83" />
        <source>Digital signature — %1</source>
        <translation>Ký số — %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/dialog.py" line="85" />
        <source>Person with authority (signature image)</source>
        <translation>Người có thẩm quyền (ảnh chữ ký)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/dialog.py" line="86" />
        <source>Organisation, by the clerk (seal image)</source>
        <translation>Cơ quan, tổ chức — văn thư ký (ảnh con dấu)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/dialog.py" line="90" />
        <source>USB token</source>
        <translation>USB token</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/dialog.py" line="91" />
        <source>Certificate file (.p12, .pfx)</source>
        <translation>Tệp chứng thư số (.p12, .pfx)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/dialog.py" line="97" />
        <location filename="../../hanoi_desk/ui/signing/dialog.py" line="102" />
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/dialog.py" line="111" />
        <source>Sign as</source>
        <translation>Ký với vai trò</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/dialog.py" line="116" />
        <source>Key</source>
        <translation>Khóa ký</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/dialog.py" line="224" />
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/dialog.py" line="122" />
        <location filename="../../hanoi_desk/ui/signing/dialog.py" line="228" />
        <source>Certificate file</source>
        <translation>Tệp chứng thư số</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/dialog.py" line="124" />
        <location filename="../../hanoi_desk/ui/signing/dialog.py" line="219" />
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/dialog.py" line="130" />
        <location filename="../../hanoi_desk/ui/signing/dialog.py" line="235" />
        <source>Save the signed file as</source>
        <translation>Lưu tệp đã ký tại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/dialog.py" line="135" />
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/dialog.py" line="136" />
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/dialog.py" line="137" />
        <source>Send by e-mail</source>
        <translation>Gửi email</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/dialog.py" line="152" />
        <source>Sign</source>
        <translation>Ký số</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/dialog.py" line="153" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/dialog.py" line="185" />
        <source>Timestamp from %1 (PAdES B-T)</source>
        <translation>Lấy dấu thời gian từ %1 (PAdES B-T)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/dialog.py" line="190" />
        <source>This PDF has no empty signature field: only documents written by Hanoi Desk can be signed here, and each field only once.</source>
        <translation>Tệp PDF này không còn ô chữ ký số trống: chỉ ký được văn bản do Hanoi Desk lập, mỗi ô chữ ký một lần.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/dialog.py" line="197" />
        <source>The PIN or password is asked every time and is never stored.</source>
        <translation>Mã PIN hoặc mật khẩu được hỏi mỗi lần ký và không bao giờ được lưu lại.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/dialog.py" line="219" />
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/dialog.py" line="229" />
        <source>Certificates (*.p12 *.pfx);;All files (*)</source>
        <translation>Chứng thư số (*.p12 *.pfx);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/dialog.py" line="236" />
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/dialog.py" line="253" />
        <location filename="../../hanoi_desk/ui/signing/dialog.py" line="257" />
        <location filename="../../hanoi_desk/ui/signing/dialog.py" line="320" />
        <source>Cannot sign</source>
        <translation>Không ký được</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/dialog.py" line="254" />
        <source>Choose the certificate file.</source>
        <translation>Hãy chọn tệp chứng thư số.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/dialog.py" line="257" />
        <source>Choose where to save.</source>
        <translation>Hãy chọn nơi lưu tệp đã ký.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/dialog.py" line="275" />
        <source>Signing %1…</source>
        <translation>Đang ký số %1…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/dialog.py" line="292" />
        <source>Signed as %1 (%2), %3.</source>
        <translation>Đã ký số với vai trò %1 (%2), %3.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/dialog.py" line="296" />
        <source>Timestamp from %1.</source>
        <translation>Có dấu thời gian từ %1.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/dialog.py" line="297" />
        <source>No timestamp (chưa có dấu thời gian).</source>
        <translation>Chưa có dấu thời gian.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/dialog.py" line="323" />
        <source>Timestamp server</source>
        <translation>Máy chủ cấp dấu thời gian</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/dialog.py" line="325" />
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/dialog.py" line="326" />
        <source>Sign without a timestamp</source>
        <translation>Ký không có dấu thời gian</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/dialog.py" line="327" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>SignatureSettingsPage</name>
    <message>
        <location filename="../../hanoi_desk/ui/signing/settings_page.py" line="103" />
        <source>Signing (shared by every workstation)</source>
        <translation>Ký số (dùng chung cho mọi máy)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/settings_page.py" line="115" />
        <source>Timestamp server (TSA)</source>
        <translation>Máy chủ cấp dấu thời gian (TSA)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/settings_page.py" line="123" />
        <source>Signer's signature (blue PNG)</source>
        <translation>Chữ ký của người ký (PNG màu xanh)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/settings_page.py" line="125" />
        <source>Office seal (red PNG, real size)</source>
        <translation>Con dấu của cơ quan (PNG màu đỏ, đúng kích thước thật)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/settings_page.py" line="127" />
        <location filename="../../hanoi_desk/ui/signing/settings_page.py" line="188" />
        <source>Trusted root certificates</source>
        <translation>Chứng thư gốc tin cậy</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/settings_page.py" line="130" />
        <source>Certificate</source>
        <translation>Chứng thư</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/settings_page.py" line="132" />
        <source>Issued by</source>
        <translation>Cơ quan cấp phép</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/settings_page.py" line="133" />
        <source>Valid until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/settings_page.py" line="134" />
        <source>SHA-256 fingerprint</source>
        <translation>Dấu vân tay SHA-256</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/settings_page.py" line="139" />
        <source>Import…</source>
        <translation>Nhập…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/settings_page.py" line="140" />
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/settings_page.py" line="141" />
        <source>A signature is trusted when its certificate chains to one of these roots. Import the roots the office trusts (VGCA, NEAC) from files whose fingerprint you checked with their publisher; none is built in.</source>
        <translation>Một chữ ký được tin cậy khi chứng thư của nó dẫn đến một trong các chứng thư gốc này. Hãy nhập chứng thư gốc mà Sở tin cậy (VGCA, NEAC) từ tệp đã đối chiếu dấu vân tay với nơi công bố; chương trình không cài sẵn chứng thư gốc nào.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/settings_page.py" line="189" />
        <source>Nothing to add: only self-signed root certificates of a certification authority can be trusted.</source>
        <translation>Không có gì để thêm: chỉ tin cậy được chứng thư gốc tự ký của tổ chức cấp chứng thư số.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/settings_page.py" line="193" />
        <source>Trust these root certificates?</source>
        <translation>Tin cậy các chứng thư gốc này?</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/settings_page.py" line="194" />
        <source>Compare each SHA-256 fingerprint with the one its publisher gives before you trust it: every signature that chains to a trusted root is shown as trusted.</source>
        <translation>Hãy đối chiếu từng dấu vân tay SHA-256 với dấu vân tay do nơi phát hành công bố trước khi tin cậy: mọi chữ ký dẫn đến một chứng thư gốc tin cậy sẽ được báo là tin cậy.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/settings_page.py" line="176" />
        <source>Import trusted root certificates</source>
        <translation>Nhập chứng thư gốc tin cậy</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/settings_page.py" line="177" />
        <source>Certificates (*.cer *.crt *.pem *.p7b *.p7c);;All files (*)</source>
        <translation>Chứng thư số (*.cer *.crt *.pem *.p7b *.p7c);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/settings_page.py" line="184" />
        <source>Not imported</source>
        <translation>Chưa nhập được</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/settings_page.py" line="210" />
        <source>Remove trusted roots</source>
        <translation>Bỏ chứng thư gốc tin cậy</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/settings_page.py" line="211" />
        <source>Stop trusting these root certificates?</source>
        <translation>Không tin cậy các chứng thư gốc này nữa?</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="103" />
        <source>Edit site</source>
        <translation>Sửa trang</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="103" />
        <source>New site</source>
        <translation>Thêm trang</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="132" />
        <source>Site or network name *</source>
        <translation>Tên trang/mạng xã hội *</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="133" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="134" />
        <source>Domain</source>
        <translation>Tên miền</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="135" />
        <source>Licence number</source>
        <translation>Số giấy phép</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="136" />
        <source>Licence date</source>
        <translation>Ngày cấp phép</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="137" />
        <source>Issued by</source>
        <translation>Cơ quan cấp phép</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="138" />
        <source>Monthly visits / members</source>
        <translation>Lượt truy cập / thành viên mỗi tháng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="139" />
        <source>Company running it</source>
        <translation>Tổ chức, doanh nghiệp quản lý</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="140" />
        <source>Our staff following it</source>
        <translation>Cán bộ theo dõi</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="141" />
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="149" />
        <source>Add person in charge</source>
        <translation>Thêm người phụ trách</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="150" />
        <source>Add monitoring staff</source>
        <translation>Thêm nhân sự giám sát</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="151" />
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="156" />
        <source>People of the site</source>
        <translation>Người của trang</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="166" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="167" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="226" />
        <source>The site's domain, in any shape (https://www.…/ is fine).</source>
        <translation>Tên miền của trang, viết dạng nào cũng được (https://www.…/ cũng được).</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="230" />
        <source>Will be stored as: %1</source>
        <translation>Sẽ lưu là: %1</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="237" />
        <source>Verification: %1</source>
        <translation>Xác thực: %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="245" />
        <source>%1 page(s) will be marked “%2”:</source>
        <translation>%1 trang sẽ được ghi nhận “%2”:</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="261" />
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="293" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="263" />
        <source>Letter number</source>
        <translation>Số công văn</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="271" />
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="301" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="273" />
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="301" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/fanpages/dialogs.py" line="280" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="272" />
        <source>Outreach: %1</source>
        <translation>Vận động: %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="275" />
        <source>“%1” (now: %2) will be marked “%3”.</source>
        <translation>“%1” (hiện: %2) sẽ được ghi nhận “%3”.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="295" />
        <source>Contacted by</source>
        <translation>Cách liên hệ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="296" />
        <source>By (our staff)</source>
        <translation>Cán bộ thực hiện</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="298" />
        <source>Hanoi column (URL)</source>
        <translation>Chuyên mục về Hà Nội (đường dẫn)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="304" />
        <source>Record the step</source>
        <translation>Ghi nhận</translation>
    </message>
</context>
<context>
    <name>StepsDialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="691" />
        <source>Outreach history — %1</source>
        <translation>Diễn biến vận động — %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="696" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="697" />
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="698" />
        <source>Contacted by</source>
        <translation>Cách liên hệ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="699" />
        <source>Staff</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="700" />
        <source>Reason / note</source>
        <translation>Lý do / ghi chú</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="701" />
        <source>Recorded by</source>
        <translation>Người ghi nhận</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="706" />
        <source>Now: %1.</source>
        <translation>Hiện nay: %1.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="708" />
        <source>Not approached yet: no step recorded.</source>
        <translation>Chưa vận động: chưa có bước nào được ghi.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="711" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="713" />
        <source>All changes…</source>
        <translation>Tất cả thay đổi…</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/tasks.py" line="107" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/tasks.py" line="154" />
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
</context>
<context>
    <name>TokenPicker</name>
    <message>
        <location filename="../../hanoi_desk/ui/signing/token_picker.py" line="41" />
        <source>The PKCS#11 library installed with the USB token's driver: eTPKCS11.dll (SafeNet) or bit4xpki.dll (Bit4id) for VGCA tokens.</source>
        <translation>Thư viện PKCS#11 được cài cùng trình điều khiển của USB token: eTPKCS11.dll (SafeNet) hoặc bit4xpki.dll (Bit4id) với token của Ban Cơ yếu (VGCA).</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/token_picker.py" line="43" />
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/token_picker.py" line="44" />
        <source>Find tokens</source>
        <translation>Tìm token</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/token_picker.py" line="47" />
        <location filename="../../hanoi_desk/ui/signing/token_picker.py" line="139" />
        <source>Token library (PKCS#11)</source>
        <translation>Thư viện của token (PKCS#11)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/token_picker.py" line="48" />
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/token_picker.py" line="49" />
        <source>Certificate</source>
        <translation>Chứng thư</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/token_picker.py" line="118" />
        <source>(no token plugged in)</source>
        <translation>(không có token nào đang cắm)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/token_picker.py" line="141" />
        <source>Libraries (*.dll *.so *.dylib);;All files (*)</source>
        <translation>Thư viện (*.dll *.so *.dylib);;Tất cả các tệp (*)</translation>
    </message>
</context>
<context>
    <name>_ImageRow</name>
    <message>
        <location filename="../../hanoi_desk/ui/signing/settings_page.py" line="47" />
        <source>Choose PNG…</source>
        <translation>Chọn ảnh PNG…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/settings_page.py" line="48" />
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/settings_page.py" line="63" />
        <source>(none)</source>
        <translation>(không)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/settings_page.py" line="64" />
        <source>No image: the signature is invisible on the page.</source>
        <translation>Chưa có ảnh: chữ ký số sẽ không hiện hình trên trang.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/settings_page.py" line="73" />
        <source>Choose the image</source>
        <translation>Chọn ảnh</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/settings_page.py" line="73" />
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/settings_page.py" line="79" />
        <source>Image not saved</source>
        <translation>Chưa lưu được ảnh</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/settings_page.py" line="84" />
        <source>Remove the image</source>
        <translation>Bỏ ảnh</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/signing/settings_page.py" line="85" />
        <source>Remove this image? Documents signed from now on show none.</source>
        <translation>Bỏ ảnh này? Văn bản ký từ nay sẽ không có hình.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../hanoi_desk/ui/outreach/dialogs.py" line="76" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message numerus="yes">
        <location filename="../../hanoi_desk/ui/widgets/messages.py" line="16" />
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… và %n lỗi khác.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/messages.py" line="22" />
        <source>The file could not be used</source>
        <translation>Không dùng được tệp</translation>
    </message>
</context>
<context>
    <name>print_preview</name>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/print_preview.py" line="72" />
        <source>The printer could not be started.</source>
        <translation>Không khởi động được máy in.</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/print_preview.py" line="125" />
        <source>Print preview — %1</source>
        <translation>Xem trước khi in — %1</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/print_preview.py" line="139" />
        <source>Sign digitally…</source>
        <translation>Ký số…</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/print_preview.py" line="203" />
        <location filename="../../hanoi_desk/ui/widgets/print_preview.py" line="212" />
        <source>Cannot print</source>
        <translation>Không in được</translation>
    </message>
    <message>
        <location filename="../../hanoi_desk/ui/widgets/print_preview.py" line="215" />
        <source>Preparing %1 for printing…</source>
        <translation>Đang chuẩn bị %1 để in…</translation>
    </message>
</context>
</TS>